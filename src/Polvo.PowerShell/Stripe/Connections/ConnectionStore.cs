using System.Collections.Concurrent;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>
/// The current connection of each runspace, keyed by an id the cmdlet supplies (the runspace's InstanceId), so
/// <c>ForEach-Object -Parallel</c> and jobs, which run in other runspaces, never see or replace each other's
/// connection. Thread-safe. Connections are not closed here (a variable from <c>-PassThru</c> may still be used with
/// <c>-Connection</c>); <see cref="ConnectionCleanup"/> closes the runspace's one on <c>Remove-Module</c>.
/// </summary>
internal sealed class ConnectionStore
{
    private readonly ConcurrentDictionary<Guid, PolvoStripeConnection> _connections = new();

    /// <summary>The store the cmdlets use.</summary>
    public static ConnectionStore Default { get; } = new();

    /// <summary>Gets the connection of <paramref name="scopeId"/>, or null.</summary>
    public PolvoStripeConnection? Get(Guid scopeId) => _connections.TryGetValue(scopeId, out var connection) ? connection : null;

    /// <summary>Makes <paramref name="connection"/> the current one of <paramref name="scopeId"/>.</summary>
    public void Set(Guid scopeId, PolvoStripeConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connections[scopeId] = connection;
    }

    /// <summary>Forgets the connection of <paramref name="scopeId"/>; returns it, or null when there was none.</summary>
    public PolvoStripeConnection? Remove(Guid scopeId) => _connections.TryRemove(scopeId, out var connection) ? connection : null;
}
