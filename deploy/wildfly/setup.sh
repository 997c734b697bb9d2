#!/usr/bin/env bash
# Prepares an unpacked WildFly 35 (org.wildfly:wildfly-dist:35.0.1.Final zip) for Resell:
#   deploy/wildfly/setup.sh /path/to/wildfly-35.0.1.Final /path/to/postgresql-42.7.4.jar
# then deploy and start (docs/DEPLOYMENT.md, "WildFly"):
#   cp target/resell.war $WILDFLY/standalone/deployments/ROOT.war
#   RESELL_DB_URL=... $WILDFLY/bin/standalone.sh -c standalone-resell.xml
set -euo pipefail
wildfly=${1:?WildFly home}
driver=${2:?PostgreSQL JDBC driver jar}
here=$(cd "$(dirname "$0")" && pwd)
cp "$wildfly/standalone/configuration/standalone-full.xml" \
  "$wildfly/standalone/configuration/standalone-resell.xml"
rm -rf "$wildfly/modules/org/postgresql"
"$wildfly/bin/jboss-cli.sh" --file="$here/configure.cli" -Dresell.driver.jar="$(realpath "$driver")"
