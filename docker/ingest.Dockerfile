# syntax=docker/dockerfile:1
# The ingest service. Build context: the repository root (compose.yaml sets it), e.g.
#   docker build -f docker/ingest.Dockerfile -t liaison-insight/ingest .

# --- build ---------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds; -am builds the modules ingest depends on.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -pl ingest -am package -DskipTests
# Split the Spring Boot jar into layers: dependencies change rarely, so image rebuilds stay small.
RUN java -Djarmode=tools -jar ingest/target/ingest-*.jar extract --layers --launcher --destination /layers

# --- run -----------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system liaison && useradd --system --gid liaison --home-dir /app --shell /usr/sbin/nologin liaison
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER liaison
ENV LIAISON_INGEST_PORT=8081 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8081
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
