#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Connect-PolvoStripe, Disconnect-PolvoStripe and Get-PolvoStripeConnection against the emulator: the key from a
# SecureString, a credential or the environment; the key never shown; the not-connected error; one connection
# per runspace.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-PolvoModule
    $manifestPath = Get-PolvoManifestPath
    $emulator = Start-PolvoEmulator -SeedCustomers 20
    $baseUrl = $emulator.BaseUrl

    # A key whose middle part must never show up anywhere.
    $secretPart = 'pesterSecret0123456789'
    $secret = "sk_test_$secretPart"

    # The suite controls the environment variables; the caller's values come back in AfterAll.
    $environmentNames = 'POLVO_STRIPE_API_KEY', 'STRIPE_API_KEY', 'POLVO_STRIPE_BASE_URL'
    $savedEnvironment = @{}
    foreach ($name in $environmentNames) {
        $savedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name)
        Remove-Item -Path "Env:$name" -ErrorAction SilentlyContinue
    }

    function Clear-StripeEnvironment {
        foreach ($name in $environmentNames) { Remove-Item -Path "Env:$name" -ErrorAction SilentlyContinue }
    }
}

AfterAll {
    Disconnect-PolvoStripe
    foreach ($name in $environmentNames) {
        if ($null -ne $savedEnvironment[$name]) { Set-Item -Path "Env:$name" -Value $savedEnvironment[$name] }
        else { Remove-Item -Path "Env:$name" -ErrorAction SilentlyContinue }
    }
    $emulator | Stop-PolvoEmulator
}

Describe 'Connect-PolvoStripe' {
    BeforeEach {
        Disconnect-PolvoStripe
        Clear-StripeEnvironment
    }

    AfterEach {
        Clear-StripeEnvironment
    }

    It 'connects with -ApiKey (SecureString) and -BaseUrl; -PassThru returns the connection' {
        $connection = Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret $secret) -BaseUrl $baseUrl -PassThru

        $connection.PSTypeNames[0] | Should -Be 'Polvo.Stripe.Connection'
        $connection.BaseUrl.ToString() | Should -Be $baseUrl
        "$($connection.Mode)" | Should -Be 'Test'
        $connection.Source | Should -Be 'ApiKey'
        $connection.KeyFingerprint | Should -Be (Get-KeyFingerprint $secret)
        $connection.StripeVersion | Should -Be '2020-08-27'
        (Get-PolvoStripeCustomer -First 1).Id | Should -Match '^cus_'
    }

    It 'writes nothing without -PassThru, and the connection becomes current' {
        $output = Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret $secret) -BaseUrl $baseUrl

        $output | Should -BeNullOrEmpty
        (Get-PolvoStripeConnection).KeyFingerprint | Should -Be (Get-KeyFingerprint $secret)
    }

    It 'takes the key from the password of -Credential (the user name is ignored)' {
        $credential = [pscredential]::new('anyone', (ConvertTo-TestSecret 'sk_test_fromCredential'))

        $connection = Connect-PolvoStripe -Credential $credential -BaseUrl $baseUrl -PassThru

        $connection.Source | Should -Be 'Credential'
        $connection.KeyFingerprint | Should -Be (Get-KeyFingerprint 'sk_test_fromCredential')
        @(Get-PolvoStripeCustomer -First 2).Count | Should -Be 2
    }

    It 'takes the key from POLVO_STRIPE_API_KEY and the base URL from POLVO_STRIPE_BASE_URL' {
        $env:POLVO_STRIPE_API_KEY = 'sk_test_fromPolvoVariable'
        $env:POLVO_STRIPE_BASE_URL = $baseUrl

        $connection = Connect-PolvoStripe -PassThru

        $connection.Source | Should -Be 'POLVO_STRIPE_API_KEY'
        $connection.KeyFingerprint | Should -Be (Get-KeyFingerprint 'sk_test_fromPolvoVariable')
        $connection.BaseUrl.ToString() | Should -Be $baseUrl
        @(Get-PolvoStripeCustomer -First 1).Count | Should -Be 1
    }

    It 'falls back to STRIPE_API_KEY' {
        $env:STRIPE_API_KEY = 'sk_test_fromStripeVariable'

        $connection = Connect-PolvoStripe -BaseUrl $baseUrl -PassThru

        $connection.Source | Should -Be 'STRIPE_API_KEY'
        $connection.KeyFingerprint | Should -Be (Get-KeyFingerprint 'sk_test_fromStripeVariable')
    }

    It 'prefers POLVO_STRIPE_API_KEY over STRIPE_API_KEY' {
        $env:POLVO_STRIPE_API_KEY = 'sk_test_polvoWins'
        $env:STRIPE_API_KEY = 'sk_test_stripeLoses'

        (Connect-PolvoStripe -BaseUrl $baseUrl -PassThru).Source | Should -Be 'POLVO_STRIPE_API_KEY'
    }

    It 'connects on first use from the environment when Connect-PolvoStripe was never run' {
        $env:POLVO_STRIPE_API_KEY = 'sk_test_implicit'
        $env:POLVO_STRIPE_BASE_URL = $baseUrl

        @(Get-PolvoStripeCustomer -First 3).Count | Should -Be 3

        $current = Get-PolvoStripeConnection
        $current.Source | Should -Be 'POLVO_STRIPE_API_KEY'
        $current.KeyFingerprint | Should -Be (Get-KeyFingerprint 'sk_test_implicit')
    }

    It 'rejects a publishable key with PolvoStripeInvalidKey, without echoing it' {
        $failure = { Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret 'pk_test_publishable123') -BaseUrl $baseUrl } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'PolvoStripeInvalidKey,*'

        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.Exception.Message | Should -Match 'publishable'
        $failure.Exception.Message | Should -Not -Match 'publishable123'
        Get-PolvoStripeConnection | Should -BeNullOrEmpty
    }

    It 'rejects a base URL that is not absolute http(s) with PolvoStripeInvalidBaseUrl naming -BaseUrl' {
        $failure = { Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret $secret) -BaseUrl 'ftp://127.0.0.1/' } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'PolvoStripeInvalidBaseUrl,*'

        $failure.Exception.Message | Should -Match '-BaseUrl'
    }

    It 'validates -MaxRetries and -RequestsPerSecond' -ForEach @(
        @{ Splat = @{ MaxRetries = 101 } }
        @{ Splat = @{ MaxRetries = -1 } }
        @{ Splat = @{ RequestsPerSecond = 0 } }
    ) {
        $failure = { Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret $secret) -BaseUrl $baseUrl @Splat } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
    }

    It 'accepts -MaxRetries and -RequestsPerSecond and shows them on the connection' {
        $connection = Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret $secret) -BaseUrl $baseUrl -MaxRetries 1 -RequestsPerSecond 50 -PassThru

        $connection.MaxRetries | Should -Be 1
        $connection.RequestsPerSecond | Should -Be 50
    }
}

Describe 'Disconnect-PolvoStripe' {
    It 'forgets the current connection; -PassThru returns it' {
        Connect-PolvoTestEmulator -Emulator $emulator

        $removed = Disconnect-PolvoStripe -PassThru

        $removed.PSTypeNames[0] | Should -Be 'Polvo.Stripe.Connection'
        $removed.KeyFingerprint | Should -Be (Get-KeyFingerprint 'sk_test_pester')
        Get-PolvoStripeConnection | Should -BeNullOrEmpty
    }

    It 'does nothing when not connected' {
        Disconnect-PolvoStripe

        { Disconnect-PolvoStripe } | Should -Not -Throw
        Disconnect-PolvoStripe -PassThru | Should -BeNullOrEmpty
    }
}

Describe 'Get-PolvoStripeConnection never shows the key' {
    BeforeAll {
        Disconnect-PolvoStripe
        Clear-StripeEnvironment
        $null = Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret $secret) -BaseUrl $baseUrl -RequestsPerSecond 1000
        $connection = Get-PolvoStripeConnection
    }

    It 'shows the key only redacted, with a fingerprint to tell keys apart' {
        $connection.RedactedKey | Should -BeLike 'sk_test_*redacted*'
        $connection.KeyFingerprint | Should -Match '^[0-9a-f]{12}$'
        $connection.PSObject.Properties.Name | Should -Not -Contain 'ApiKey'
        $connection.PSObject.Properties.Name | Should -Not -Contain 'Client'
    }

    It 'keeps the key out of the table, the list, ToString, JSON and CSV' {
        $renderings = @(
            ($connection | Format-Table | Out-String -Width 300)
            ($connection | Format-List -Property * | Out-String -Width 300)
            $connection.ToString()
            ($connection | ConvertTo-Json -Depth 3 -WarningAction SilentlyContinue)
            ($connection | ConvertTo-Csv | Out-String)
        )

        $renderings[0] | Should -Match 'redacted'
        foreach ($text in $renderings) {
            $text | Should -Not -Match $secretPart
        }
    }

    It 'keeps the key out of -Verbose and -Debug output (the Authorization header is redacted)' {
        $records = . {
            Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret $secret) -BaseUrl $baseUrl -RequestsPerSecond 1000 -Verbose
            Get-PolvoStripeCustomer -First 1 -Verbose -Debug
        } 4>&1 5>&1

        $verbose = @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $debug = @($records | Where-Object { $_ -is [System.Management.Automation.DebugRecord] })
        $verbose.Count | Should -BeGreaterThan 0
        $debug.Count | Should -BeGreaterThan 0
        ($debug.Message -join "`n") | Should -Match 'Authorization: Bearer sk_test_'
        foreach ($record in $verbose + $debug) {
            $record.Message | Should -Not -Match $secretPart
        }
    }
}

Describe 'Not connected' {
    BeforeEach {
        Disconnect-PolvoStripe
        Clear-StripeEnvironment
    }

    It 'a data cmdlet fails with one terminating PolvoStripeNotConnected error naming Connect-PolvoStripe and the variables' {
        $failure = { Get-PolvoStripeCustomer -First 1 } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'PolvoStripeNotConnected,*'

        $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failure.Exception.Message | Should -Match 'Connect-PolvoStripe'
        $failure.Exception.Message | Should -Match 'POLVO_STRIPE_API_KEY'
        $failure.Exception.Message | Should -Match '\bSTRIPE_API_KEY'
        $failure.ErrorDetails.RecommendedAction | Should -Match 'Connect-PolvoStripe'
    }

    It 'stops the whole pipeline once, even with -ErrorAction SilentlyContinue and several inputs' {
        $failure = { 'cus_a', 'cus_b', 'cus_c' | Get-PolvoStripeCustomer -ErrorAction SilentlyContinue } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'PolvoStripeNotConnected,*'
    }

    It '<Name> fails the same way' -ForEach @(
        @{ Name = 'Get-PolvoStripeCharge'; Command = { Get-PolvoStripeCharge -First 1 } }
        @{ Name = 'New-PolvoStripeCustomer'; Command = { New-PolvoStripeCustomer -Email 'nobody@example.com' } }
        @{ Name = 'Set-PolvoStripeCustomer'; Command = { Set-PolvoStripeCustomer -Id 'cus_none' -Name 'x' } }
        @{ Name = 'Remove-PolvoStripeCustomer'; Command = { Remove-PolvoStripeCustomer -Id 'cus_none' -Force } }
        @{ Name = 'Set-PolvoStripeCharge'; Command = { Set-PolvoStripeCharge -Id 'ch_none' -Description 'x' } }
        @{ Name = 'Invoke-PolvoStripeRequest'; Command = { Invoke-PolvoStripeRequest -Method GET -Path '/v1/customers' } }
    ) {
        $failure = $Command | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'PolvoStripeNotConnected,*'
    }

    It 'Get-PolvoStripeConnection returns nothing' {
        Get-PolvoStripeConnection | Should -BeNullOrEmpty
    }

    It 'an explicit -Connection works without a current connection and does not become current' {
        $connection = Connect-PolvoTestEmulator -Emulator $emulator -PassThru
        Disconnect-PolvoStripe

        @(Get-PolvoStripeCustomer -First 2 -Connection $connection).Count | Should -Be 2
        Get-PolvoStripeConnection | Should -BeNullOrEmpty
    }
}

Describe 'Connections per runspace' {
    BeforeAll {
        Disconnect-PolvoStripe
        Clear-StripeEnvironment
        Connect-PolvoTestEmulator -Emulator $emulator
    }

    It 'ForEach-Object -Parallel runspaces start unconnected, each keeps its own connection, and the caller keeps its own' {
        $results = 1..3 | ForEach-Object -ThrottleLimit 3 -UseNewRunspace -Parallel {
            Import-Module $using:manifestPath
            $before = Get-PolvoStripeConnection
            $key = "sk_test_parallel$_"
            Connect-PolvoStripe -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUrl $using:baseUrl -RequestsPerSecond 1000
            [pscustomobject]@{
                Item          = $_
                HadConnection = $null -ne $before
                Fingerprint   = (Get-PolvoStripeConnection).KeyFingerprint
                Customers     = @(Get-PolvoStripeCustomer -First 2).Count
            }
        }

        $results.Count | Should -Be 3
        foreach ($result in $results) {
            $result.HadConnection | Should -BeFalse
            $result.Fingerprint | Should -Be (Get-KeyFingerprint "sk_test_parallel$($result.Item)")
            $result.Customers | Should -Be 2
        }
        (Get-PolvoStripeConnection).KeyFingerprint | Should -Be (Get-KeyFingerprint 'sk_test_pester')
    }
}
