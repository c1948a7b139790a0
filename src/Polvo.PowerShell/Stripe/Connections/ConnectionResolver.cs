using Polvo.PowerShell.Errors;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>
/// Finds the connection a data cmdlet uses: its -Connection, else the current connection of its runspace, else
/// one made from the environment variables (kept as the runspace's connection), else the one NotConnected error.
/// </summary>
internal sealed class ConnectionResolver(ConnectionStore store, ConnectionFactory factory)
{
    /// <summary>The resolver the cmdlets use.</summary>
    public static ConnectionResolver Default { get; } = new(ConnectionStore.Default, ConnectionFactory.Default);

    /// <summary>Resolves the connection for the runspace <paramref name="scopeId"/>.</summary>
    /// <exception cref="Errors.PolvoTerminatingException">No connection and no key in the environment.</exception>
    public PolvoStripeConnection Resolve(PolvoStripeConnection? explicitConnection, Guid scopeId)
    {
        if (explicitConnection is not null)
        {
            return explicitConnection.IsClosed ? throw new PolvoTerminatingException(ClosedConnectionError(explicitConnection)) : explicitConnection;
        }

        if (store.Get(scopeId) is { } current)
        {
            return current;
        }

        var connection = factory.Create(new ConnectionSettings());
        store.Set(scopeId, connection);
        return connection;
    }

    private static PolvoErrorInfo ClosedConnectionError(PolvoStripeConnection connection) =>
        new("PolvoStripeConnectionClosed", PolvoErrorCategory.InvalidOperation,
            $"The connection given with -Connection ({connection}) was closed when the Polvo module was removed.")
        {
            TargetObject = connection,
            RecommendedAction = "Run Connect-PolvoStripe again (add -PassThru to keep the new connection in a variable), then pass that to -Connection.",
        };
}
