# Resell: build the WAR and the runnable jar, then run it on a slim JRE.
# Not exercised in this repository's CI (no Docker engine there); kept correct by construction.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true
COPY src src
COPY payara payara
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# postgresql-client: pg_dump/pg_restore for backups (its major version must be at least the
# server's: the Ubuntu base ships 16, like the compose file's PostgreSQL); tesseract-ocr: OCR of
# scanned invoices, run as a process of its own (docs/IMPORTS.md); libheif-examples and its HEVC
# decoder plugin: HEIC photos, converted by heif-convert in a process of its own (docs/PHOTOS.md)
RUN useradd --system --home /var/lib/resell --create-home resell \
 && mkdir -p /var/lib/resell-backups && chown resell /var/lib/resell-backups \
 && apt-get update && apt-get install -y --no-install-recommends curl postgresql-client \
      tesseract-ocr tesseract-ocr-eng libheif-examples libheif-plugin-libde265 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/resell
COPY --from=build /src/target/resell.jar /opt/resell/resell.jar
# The backup command line (docs/OPERATIONS.md): the WAR's classes and libraries, outside the server
COPY --from=build /src/target/resell/WEB-INF /opt/resell/cli
RUN printf '#!/bin/sh\nexec java -Dlog4j2.statusLoggerLevel=OFF -cp "/opt/resell/cli/classes:/opt/resell/cli/lib/*" app.resell.backup.boundary.BackupCommand "$@"\n' \
      > /usr/local/bin/resell-backup && chmod 755 /usr/local/bin/resell-backup
COPY payara/post-boot-commands.asadmin /opt/resell/post-boot-commands.asadmin
USER resell
ENV RESELL_DATA_DIR=/var/lib/resell \
    RESELL_BACKUP_DIR=/var/lib/resell-backups \
    RESELL_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /var/lib/resell /var/lib/resell-backups
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
# One instance alone unless RESELL_CLUSTER_NAME is set (docs/OPERATIONS.md, "Running as a cluster")
COPY deploy/docker-entrypoint.sh /opt/resell/entrypoint.sh
EXPOSE 6900
ENTRYPOINT ["/opt/resell/entrypoint.sh"]
