#!/bin/sh
# The image's start: one instance alone (--nocluster) unless RESELL_CLUSTER_NAME is set; then it
# joins Payara Micro's data grid (discovery by RESELL_CLUSTER_DISCOVERY, e.g. dns:resell-node:6900)
# and keeps its server dir apart from the other replicas' in the shared data volume.
set -eu
instance="${RESELL_DATA_DIR}/instance"
set -- --nocluster
if [ -n "${RESELL_CLUSTER_NAME:-}" ]; then
  export RESELL_CLUSTER_ENABLED="${RESELL_CLUSTER_ENABLED:-true}"
  export RESELL_CLUSTER_INSTANCE="${RESELL_CLUSTER_INSTANCE:-$(hostname)}"
  instance="${RESELL_DATA_DIR}/instances/${RESELL_CLUSTER_INSTANCE}/instance"
  set -- --clustername "$RESELL_CLUSTER_NAME" --name "$RESELL_CLUSTER_INSTANCE"
  if [ -n "${RESELL_CLUSTER_DISCOVERY:-}" ]; then set -- "$@" --clustermode "$RESELL_CLUSTER_DISCOVERY"; fi
  if [ -n "${RESELL_CLUSTER_PUBLIC_ADDRESS:-}" ]; then set -- "$@" --hzpublicaddress "$RESELL_CLUSTER_PUBLIC_ADDRESS"; fi
fi
rm -rf "$instance"
mkdir -p "$instance"
exec java -jar /opt/resell/resell.jar "$@" --port "${RESELL_PORT}" --rootdir "$instance" \
  --postbootcommandfile /opt/resell/post-boot-commands.asadmin
