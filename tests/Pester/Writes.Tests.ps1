#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Bulk writes as a user scripts them: a CSV import against an API that loses answers, re-run from the errors; a bulk
# update from a CSV; a read-only key.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-PolvoModule
    $emulator = Start-PolvoEmulator -SeedCustomers 0
    # 30% of the creates are carried out but their answer is lost (the connection drops after the commit).
    $lossyEmulator = Start-PolvoEmulator -SeedCustomers 0 -ExtraArguments '--reset-after-commit-rate', 0.3, '--seed', 11
    # Connect-PolvoStripe makes each connection current: the main emulator's is made last.
    $lossy = Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret 'sk_test_PolvoWrites1') -BaseUrl $lossyEmulator.BaseUrl -MaxRetries 0 -RequestsPerSecond 1000 -PassThru
    $readOnly = Connect-PolvoStripe -ApiKey (ConvertTo-TestSecret 'rk_test_PolvoReadOnly1') -BaseUrl $emulator.BaseUrl -RequestsPerSecond 1000 -PassThru
    Connect-PolvoTestEmulator -Emulator $emulator
    $csv = Join-Path ([System.IO.Path]::GetTempPath()) "polvo-writes-$([guid]::NewGuid().ToString('n')).csv"
}

AfterAll {
    Remove-Item -LiteralPath $csv -ErrorAction SilentlyContinue
    Disconnect-PolvoStripe
    $emulator, $lossyEmulator | Stop-PolvoEmulator
}

Describe 'Re-running the failed rows of a bulk create' {
    It 'creates every row exactly once, even the rows whose create succeeded but whose answer was lost' {
        $batch = [guid]::NewGuid().ToString('n')
        1..40 | ForEach-Object { [pscustomobject]@{ Email = "row$_-$batch@example.com"; Name = "Row $_"; Metadata = "batch=$batch" } } |
            Export-Csv -LiteralPath $csv -NoTypeInformation

        $created = @(Import-Csv -LiteralPath $csv | New-PolvoStripeCustomer -Connection $lossy -ErrorAction SilentlyContinue -ErrorVariable failed)
        $failed.Count | Should -BeGreaterThan 0
        $failed | ForEach-Object { $_.IdempotencyKey | Should -Not -BeNullOrEmpty }
        $failed | ForEach-Object { $_.TargetObject.IdempotencyKey | Should -Be $_.IdempotencyKey }

        $rerun = @($failed.TargetObject | New-PolvoStripeCustomer -Connection $lossy)

        $rerun.Count | Should -Be $failed.Count
        $all = @(Get-PolvoStripeCustomer -Connection $lossy -Query "metadata['batch']:'$batch'")
        $all.Count | Should -Be 40
        @($all.Email | Sort-Object -Unique).Count | Should -Be 40
        @(($created + $rerun).Id | Sort-Object -Unique).Count | Should -Be 40
    }
}

Describe 'Bulk update from a CSV' {
    It 'sends only the columns of the file and writes nothing without -PassThru' {
        $customers = 1..3 | ForEach-Object { New-PolvoStripeCustomer -Email (New-TestEmail 'csvupdate') -Name 'Kept' -Description 'old' }
        $customers | Select-Object Id, @{ n = 'Description'; e = { 'from the file' } } | Export-Csv -LiteralPath $csv -NoTypeInformation

        $output = Import-Csv -LiteralPath $csv | Set-PolvoStripeCustomer

        $output | Should -BeNullOrEmpty
        foreach ($customer in $customers) {
            $now = Get-PolvoStripeCustomer -Id $customer.Id
            $now.Description | Should -Be 'from the file'
            $now.Name | Should -Be 'Kept'
        }
    }

    It 'a piped customer with stale local changes re-sends none of them' {
        $customer = New-PolvoStripeCustomer -Email (New-TestEmail 'stale') -Name 'Current'
        $stale = Get-PolvoStripeCustomer -Id $customer.Id
        $null = Set-PolvoStripeCustomer $customer.Id -Name 'Changed by a colleague'

        $stale | Set-PolvoStripeCustomer -Description 'tagged'

        $now = Get-PolvoStripeCustomer -Id $customer.Id
        $now.Name | Should -Be 'Changed by a colleague'
        $now.Description | Should -Be 'tagged'
    }
}

Describe 'A key that may not write' {
    It 'stops the command with one error instead of one per id' {
        $ids = 1..10 | ForEach-Object { "cus_Nobody$_" }

        $caught = $null
        try {
            $ids | Remove-PolvoStripeCustomer -Connection $readOnly -Force -ErrorVariable removeErrors
        }
        catch {
            $caught = $_
        }

        # One terminating error (a try/catch sees it; -ErrorAction does not hide it), and no per-id errors before it.
        $caught.CategoryInfo.Category | Should -Be 'PermissionDenied'
        $caught.FullyQualifiedErrorId | Should -BeLike 'StripePermissionError,*'
        @($removeErrors | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -BeLessOrEqual 1
    }
}
