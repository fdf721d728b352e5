# Multi-stage build of the platform host (silo + HTTP gateway) with the built-in compliance plugins.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /repo
COPY . .
RUN dotnet build Platform.sln -c Release \
 && dotnet publish src/Platform.Host/Platform.Host.csproj -c Release --no-build -o /out/app \
 && mkdir -p /out/plugins && cp -r artifacts/plugins/. /out/plugins/

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out/app/ /app/
COPY --from=build /out/plugins/ /app/plugins/
# Compliance plugins are read (and hot-reloaded) from here: mount a volume to deploy new checks.
VOLUME /app/plugins
ENV Urls=http://0.0.0.0:8080 \
    Compliance__PluginsPath=/app/plugins
# Set Gateway__ApiKeys__0 and Gateway__StaffKeys__0; set PLATFORM_POSTGRES for durable, clustered storage.
EXPOSE 8080 11111 30000
ENTRYPOINT ["dotnet", "Platform.Host.dll"]
