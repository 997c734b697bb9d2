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
RUN useradd --system --home /var/lib/resell --create-home resell \
 && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/resell
COPY --from=build /src/target/resell.jar /opt/resell/resell.jar
COPY payara/post-boot-commands.asadmin /opt/resell/post-boot-commands.asadmin
USER resell
ENV RESELL_DATA_DIR=/var/lib/resell \
    RESELL_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /var/lib/resell
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java -jar /opt/resell/resell.jar --nocluster --port ${RESELL_PORT} --rootdir ${RESELL_DATA_DIR}/instance --postbootcommandfile /opt/resell/post-boot-commands.asadmin"]
