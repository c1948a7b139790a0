# Shared helpers of the Pester suites: the built module (out/Polvo), the emulator as a background process on a
# free loopback port, and a connection to it. Import with:
#     Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
Set-StrictMode -Version Latest

$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

# The key every suite connects with (the emulator accepts any well-formed sk_test_ key).
$script:DefaultKey = 'sk_test_pester'

function Get-PolvoRepoRoot {
    <# The repository root (two levels above tests/Pester). #>
    $script:RepoRoot
}

function Get-PolvoManifestPath {
    <# out/Polvo/Polvo.psd1, with a clear failure when the module has not been built. #>
    $path = Join-Path $script:RepoRoot 'out/Polvo/Polvo.psd1'
    if (-not (Test-Path -LiteralPath $path)) {
        throw "The module is not built: '$path' is missing. Run 'dotnet build Polvo.sln -c Release' first."
    }
    $path
}

function Import-PolvoModule {
    <# Imports the built module into the global session state (so every test file and It block sees its cmdlets). #>
    Import-Module (Get-PolvoManifestPath) -Force -Global -PassThru -ErrorAction Stop
}

function Get-FreeTcpPort {
    <# A port that was free a moment ago: bind port 0 on loopback, read what the OS chose, release it. #>
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    try {
        $listener.Start()
        ([System.Net.IPEndPoint] $listener.LocalEndpoint).Port
    }
    finally {
        $listener.Stop()
    }
}

function Test-TcpPort {
    <# True when something accepts TCP connections on 127.0.0.1:$Port within $TimeoutMilliseconds. #>
    param([Parameter(Mandatory)] [int] $Port, [int] $TimeoutMilliseconds = 500)
    $client = [System.Net.Sockets.TcpClient]::new()
    try {
        $client.ConnectAsync([System.Net.IPAddress]::Loopback, $Port).Wait($TimeoutMilliseconds) -and $client.Connected
    }
    catch {
        $false
    }
    finally {
        $client.Dispose()
    }
}

function Start-PolvoEmulator {
    <#
    Starts src/Polvo.Emulator (the Release build) as a background process on a free port and waits, for at most
    -TimeoutSeconds, until the port answers. Returns an object with Process, Port, BaseUrl and the log paths; pass it
    to Stop-PolvoEmulator. Retries with another port if the chosen one was taken in the meantime (exit code 3).
    #>
    param(
        [int] $SeedCustomers = 250,
        [int] $SeedCharges = 0,
        [int] $LatencyMs = 0,
        [int] $TimeoutSeconds = 60,
        # Further emulator flags, such as '--reset-after-commit-rate', 0.3.
        [object[]] $ExtraArguments = @()
    )
    $dll = Join-Path $script:RepoRoot 'src/Polvo.Emulator/bin/Release/net8.0/Polvo.Emulator.dll'
    if (-not (Test-Path -LiteralPath $dll)) {
        throw "The emulator is not built: '$dll' is missing. Run 'dotnet build Polvo.sln -c Release' first."
    }
    $dotnet = (Get-Command dotnet -CommandType Application -ErrorAction Stop | Select-Object -First 1).Source

    for ($attempt = 1; $attempt -le 3; $attempt++) {
        $port = Get-FreeTcpPort
        $stdout = Join-Path ([System.IO.Path]::GetTempPath()) "polvo-emulator-$port-$([guid]::NewGuid().ToString('n')).out"
        $stderr = "$stdout.err"
        # Start-Process joins ArgumentList with spaces, so the dll path is quoted for repositories under paths with spaces.
        $arguments = @(
            "`"$dll`"", '--port', $port, '--seed-customers', $SeedCustomers,
            '--seed-charges', $SeedCharges, '--latency-ms', $LatencyMs
        ) + $ExtraArguments
        $process = Start-Process -FilePath $dotnet -ArgumentList $arguments -PassThru `
            -RedirectStandardOutput $stdout -RedirectStandardError $stderr

        $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
        while (-not $process.HasExited -and -not (Test-TcpPort -Port $port)) {
            if ([DateTime]::UtcNow -gt $deadline) {
                Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
                throw "The emulator did not answer on 127.0.0.1:$port within $TimeoutSeconds s. Output: $(Get-Content -Raw $stdout -ErrorAction SilentlyContinue) $(Get-Content -Raw $stderr -ErrorAction SilentlyContinue)"
            }
            Start-Sleep -Milliseconds 100
        }

        if (-not $process.HasExited) {
            return [pscustomobject]@{
                PSTypeName = 'Polvo.Test.Emulator'
                Process    = $process
                Port       = $port
                BaseUrl    = "http://127.0.0.1:$port/"
                StdOut     = $stdout
                StdErr     = $stderr
            }
        }

        $process.WaitForExit()
        $exitCode = $process.ExitCode
        $errorText = Get-Content -Raw $stderr -ErrorAction SilentlyContinue
        Remove-Item -LiteralPath $stdout, $stderr -ErrorAction SilentlyContinue
        if ($exitCode -ne 3) {
            throw "The emulator exited with code $exitCode before listening on port ${port}: $errorText"
        }
        # Exit code 3: the port was taken between Get-FreeTcpPort and the bind; try another one.
    }

    throw 'The emulator could not bind a free port in 3 attempts.'
}

function Stop-PolvoEmulator {
    <# Stops the emulator process started by Start-PolvoEmulator and removes its logs. #>
    param([Parameter(ValueFromPipeline)] $Emulator)
    process {
        if ($null -eq $Emulator) { return }
        if (-not $Emulator.Process.HasExited) {
            $Emulator.Process.Kill($true)
            $null = $Emulator.Process.WaitForExit(10000)
        }
        $Emulator.Process.Dispose()
        Remove-Item -LiteralPath $Emulator.StdOut, $Emulator.StdErr -ErrorAction SilentlyContinue
    }
}

function ConvertTo-TestSecret {
    <# A SecureString of $Key (test keys only). #>
    param([Parameter(Mandatory)] [string] $Key)
    ConvertTo-SecureString $Key -AsPlainText -Force
}

function Connect-PolvoTestEmulator {
    <#
    Connects the current runspace to the emulator (Connect-PolvoStripe -ApiKey -BaseUrl). A high client-side rate
    keeps the suites fast (the default is 25 requests/s for test keys). -PassThru returns the connection.
    #>
    param(
        [Parameter(Mandatory)] $Emulator,
        [string] $Key = $script:DefaultKey,
        [switch] $PassThru
    )
    Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret $Key) -BaseUrl $Emulator.BaseUrl -RequestsPerSecond 1000 -PassThru:$PassThru -ErrorAction Stop
}

function Get-KeyFingerprint {
    <# The fingerprint Polvo shows for a key: the first 6 bytes of its SHA-256, lower-case hex. #>
    param([Parameter(Mandatory)] [string] $Key)
    $hash = [System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($Key))
    [Convert]::ToHexString($hash, 0, 6).ToLowerInvariant()
}

function Get-StripeRequestLine {
    <#
    The -Verbose request lines ("Stripe GET /v1/customers?limit=3 -> 200 in 2 ms (req_...)") among records captured
    with 4>&1, optionally only those of one method and path prefix.
    #>
    param(
        [Parameter(Mandatory)] [AllowNull()] [AllowEmptyCollection()] [object[]] $Records,
        [string] $Method = 'GET',
        [Parameter(Mandatory)] [string] $Path
    )
    $pattern = '^Stripe {0} {1}(\?| )' -f [regex]::Escape($Method), [regex]::Escape($Path)
    @($Records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match $pattern } |
        ForEach-Object Message)
}

function New-TestEmail {
    <# A unique email address for data a test creates (keeps tests independent of each other). #>
    param([string] $Prefix = 'pester')
    '{0}-{1}@example.com' -f $Prefix, [guid]::NewGuid().ToString('n').Substring(0, 12)
}

Export-ModuleMember -Function Get-PolvoRepoRoot, Get-PolvoManifestPath, Import-PolvoModule, Get-FreeTcpPort, Test-TcpPort,
    Start-PolvoEmulator, Stop-PolvoEmulator, ConvertTo-TestSecret, Connect-PolvoTestEmulator, Get-KeyFingerprint,
    Get-StripeRequestLine, New-TestEmail
