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
ENV PORT=3000 \
    SAMEN_DB=/data/samen.db \
    LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-Dfile.encoding=UTF-8"
VOLUME ["/data"]
EXPOSE 3000
# The jar checks its own /health endpoint, so the image needs no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["java", "-jar", "/app/samen.jar", "health"]
ENTRYPOINT ["java", "-jar", "/app/samen.jar"]
