using Polvo.PowerShell.Stripe.Connections;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Stripe.Connections;

public class ConnectionStoreTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Set_TwoRunspaces_EachKeepsItsOwnConnection()
    {
        var store = new ConnectionStore();
        Guid first = Guid.NewGuid(), second = Guid.NewGuid();
        var a = fixture.Connect();
        var b = fixture.Connect("sk_test_OtherKey99");

        store.Set(first, a);
        store.Set(second, b);

        Assert.Same(a, store.Get(first));
        Assert.Same(b, store.Get(second));
        Assert.Null(store.Get(Guid.NewGuid()));
    }

    [Fact]
    public void Remove_Connected_ReturnsItAndForgetsOnlyThatRunspace()
    {
        var store = new ConnectionStore();
        Guid first = Guid.NewGuid(), second = Guid.NewGuid();
        var a = fixture.Connect();
        store.Set(first, a);
        store.Set(second, a);

        Assert.Same(a, store.Remove(first));
        Assert.Null(store.Remove(first));
        Assert.Null(store.Get(first));
        Assert.Same(a, store.Get(second));
    }

    [Fact]
    public void Resolve_NoConnectionButEnvironmentKey_ConnectsOnceAndKeepsItForThatRunspace()
    {
        var store = new ConnectionStore();
        var environment = new Dictionary<string, string?>
        {
            ["STRIPE_API_KEY"] = EmulatorFixture.Key,
            ["POLVO_STRIPE_BASE_URL"] = fixture.Emulator.BaseUrl.ToString(),
        };
        var resolver = new ConnectionResolver(store, new ConnectionFactory(name => environment.GetValueOrDefault(name)));
        Guid runspace = Guid.NewGuid();

        var connection = resolver.Resolve(null, runspace);

        Assert.Same(connection, resolver.Resolve(null, runspace));
        Assert.Same(connection, store.Get(runspace));
        Assert.Equal("STRIPE_API_KEY", connection.Source);
        Assert.Equal(fixture.Emulator.BaseUrl, connection.BaseUrl);
    }

    [Fact]
    public void Resolve_ExplicitConnection_WinsOverTheRunspacesAndIsNotStored()
    {
        var store = new ConnectionStore();
        Guid runspace = Guid.NewGuid();
        var current = fixture.Connect();
        var explicitOne = fixture.Connect("sk_test_Explicit1");
        store.Set(runspace, current);

        var resolved = new ConnectionResolver(store, new ConnectionFactory(_ => null)).Resolve(explicitOne, runspace);

        Assert.Same(explicitOne, resolved);
        Assert.Same(current, store.Get(runspace));
    }
}
