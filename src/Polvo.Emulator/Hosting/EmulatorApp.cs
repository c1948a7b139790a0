using System.Net;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Customers;
using Polvo.Emulator.Events;
using Polvo.Emulator.Faults;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Search;

namespace Polvo.Emulator.Hosting;

/// <summary>Builds the Kestrel app: middleware order, routes and the 404 fallback.</summary>
internal static class EmulatorApp
{
    public static WebApplication Build(EmulatorOptions options, EmulatorState state)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(EmulatorApp).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            var address = string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(options.Host);
            kestrel.Listen(address, options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(state);
        var app = builder.Build();

        var tracking = new RequestTracking(state.Requests);
        var faults = new FaultMiddleware(state.Faults, state.Time);
        app.Use(tracking.InvokeAsync);
        app.Use(faults.LatencyAsync);
        app.Use(AuthMiddleware.InvokeAsync);
        app.Use(StripeVersionCheck.InvokeAsync);
        app.Use(faults.InjectAsync);
        app.UseRouting();
        MapRoutes(app, new ApiDispatcher(state));
        return app;
    }

    private static void MapRoutes(WebApplication app, ApiDispatcher api)
    {
        app.MapPost("/v1/customers", api.Handle(CustomerEndpoints.Create));
        app.MapGet("/v1/customers", api.Handle(CustomerEndpoints.List));
        app.MapGet("/v1/customers/search", api.Handle(SearchEndpoints.Customers));
        app.MapGet("/v1/customers/{id}", api.Handle(CustomerEndpoints.Retrieve));
        app.MapPost("/v1/customers/{id}", api.Handle(CustomerEndpoints.Update));
        app.MapDelete("/v1/customers/{id}", api.Handle(CustomerEndpoints.Delete));
        app.MapPost("/v1/charges", api.Handle(ChargeEndpoints.Create));
        app.MapGet("/v1/charges", api.Handle(ChargeEndpoints.List));
        app.MapGet("/v1/charges/search", api.Handle(SearchEndpoints.Charges));
        app.MapGet("/v1/charges/{id}", api.Handle(ChargeEndpoints.Retrieve));
        app.MapPost("/v1/charges/{id}", api.Handle(ChargeEndpoints.Update));
        app.MapPost("/v1/charges/{id}/capture", api.Handle(ChargeEndpoints.Capture));
        app.MapPost("/v1/charges/{id}/refund", api.Handle(ChargeEndpoints.Refund));
        app.MapGet("/v1/events", api.Handle(EventEndpoints.List));
        app.MapGet("/v1/events/{id}", api.Handle(EventEndpoints.Retrieve));
        app.MapGet("/v1/balance", api.Handle(BalanceEndpoints.Retrieve));
        app.MapMethods("/v1/{**path}", ["GET", "POST", "DELETE"], api.Handle(GenericEndpoints.Handle));
        app.MapFallback(context => ErrorWriter.WriteAsync(context, ApiErrors.UnknownUrl(context.Request.Method, context.Request.Path.Value ?? "/")));
    }
}
