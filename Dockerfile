# Build stage: compile and package the runnable jar (tests run in CI, not in the image build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

# Run stage: a JRE, a non-root user, and the database on a volume.
FROM eclipse-temurin:17-jre
RUN groupadd --system samen && useradd --system --gid samen --home /app samen \
    && mkdir -p /app /data && chown samen:samen /data
WORKDIR /app
COPY --from=build /src/target/samen.jar /app/samen.jar
USER samen
# The JVM is capped so that an idle instance stays well under 300 MiB resident (measured: about
# 150 MiB after start and a few hundred commands, see docs/SCALE.md), whatever the host's memory: a
# fixed heap rather than a share of RAM, which without a container limit would be a share of the host.
# Serial GC suits a heap this small; few malloc arenas keep the native side small. Setting
# JAVA_TOOL_OPTIONS at run time replaces these flags.
ENV PORT=3000 \
    SAMEN_DB=/data/samen.db \
    LANG=C.UTF-8 \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-Dfile.encoding=UTF-8 -XX:+UseSerialGC -Xms16m -Xmx128m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 3000
# The jar checks its own /health endpoint, so the image needs no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["java", "-jar", "/app/samen.jar", "health"]
ENTRYPOINT ["java", "-jar", "/app/samen.jar"]
