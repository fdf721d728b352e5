global using Orleans;
global using Orleans.Runtime;
global using Platform.Testing.Postgres;
global using Platform.Testing.Http;
