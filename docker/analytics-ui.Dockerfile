# syntax=docker/dockerfile:1
# The analytics UI (Spring Boot + Vaadin, production bundle). Build context: the repository root, e.g.
#   docker build -f docker/analytics-ui.Dockerfile -t liaison-insight/analytics-ui .

# --- build ---------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The module's default build produces the production frontend bundle. When the committed
# src/main/bundles/prod.bundle is current no npm run is needed; otherwise the Vaadin plugin downloads
# Node.js into ~/.vaadin (cached below) and runs npm/Vite.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    mvn -B -ntp -pl analytics-ui -am package -DskipTests
RUN java -Djarmode=tools -jar analytics-ui/target/analytics-ui-*.jar extract --layers --launcher --destination /layers

# --- run -----------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system liaison && useradd --system --gid liaison --home-dir /app --shell /usr/sbin/nologin liaison
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER liaison
ENV LIAISON_UI_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
