-- One manual backup at a time across instances: two instances asked at the same moment both saw
-- none running and both started one (BackupRunner checked, then inserted). The second insert now
-- meets this index and is refused (backup/control/BackupRuns.startManual).
UPDATE backup_runs SET status = 'failed', finished_at = now(),
       error = 'another manual backup was running at the same time'
 WHERE trigger = 'manual' AND status = 'running'
   AND id <> (SELECT max(id) FROM backup_runs WHERE trigger = 'manual' AND status = 'running');
CREATE UNIQUE INDEX backup_runs_one_manual_running ON backup_runs (trigger)
 WHERE status = 'running' AND trigger = 'manual';
