#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# What a user reads from Polvo, as scripts use it (issue 7, items 2, 8, 9 and 20): README recipe 6 (a parallel
# export to CSV that pipes back into New-PolvoStripeCustomer), nested values, JSON, objects given as ids.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-PolvoModule
    $emulator = Start-PolvoEmulator -SeedCustomers 40 -SeedCharges 10
    Connect-PolvoTestEmulator -Emulator $emulator
}

AfterAll {
    Disconnect-PolvoStripe
    $emulator | Stop-PolvoEmulator
}

Describe 'README recipe 6: a parallel export to CSV' {
    BeforeAll {
        $tagged = New-PolvoStripeCustomer -Email (New-TestEmail 'recipe6') -Name 'Recipe Six' -Metadata @{ plan = 'pro'; note = 'x=1;y=2' }
        $path = Join-Path $TestDrive 'all-customers.csv'
        Get-PolvoStripeCustomer -Parallel -ThrottleLimit 8 | Export-Csv $path
        $rows = @(Import-Csv $path)
    }

    It 'holds every customer once' {
        $rows.Count | Should -Be @(Get-PolvoStripeCustomer).Count
        @($rows.Id | Sort-Object -Unique).Count | Should -Be $rows.Count
    }

    It 'writes metadata as key=value pairs and nested values as compact JSON, never a .NET type name' {
        $row = $rows | Where-Object Id -EQ $tagged.Id
        $row.Metadata | Should -Match '(^|;)plan=pro(;|$)'
        $row.Metadata | Should -Match ([regex]::Escape('note=x\=1\;y\=2'))
        { $row.InvoiceSettings | ConvertFrom-Json } | Should -Not -Throw
        $row.PreferredLocales | Should -Be '[]'
        ($rows[0].PSObject.Properties.Value -join ' ') | Should -Not -Match 'System\.|Polvo\.Stripe|ValueKind'
        $rows[0].PSObject.Properties.Name | Should -Not -Contain 'ExtensionData'
    }

    It 'pipes back into New-PolvoStripeCustomer with the same metadata' {
        $copy = $rows | Where-Object Id -EQ $tagged.Id | New-PolvoStripeCustomer

        $copy.Id | Should -Not -Be $tagged.Id
        $copy.Email | Should -Be $tagged.Email
        $copy.Metadata.plan | Should -Be 'pro'
        $copy.Metadata.note | Should -Be 'x=1;y=2'
    }
}

Describe 'Nested data' {
    It 'reads a charge''s card and outcome with dot notation, and ConvertTo-Json keeps the tree' {
        $charge = Get-PolvoStripeCharge -First 1
        $json = $charge | ConvertTo-Json -Depth 10 | ConvertFrom-Json

        $charge.PaymentMethodDetails.Card.Last4 | Should -Match '^\d{4}$'
        $json.PaymentMethodDetails.Card.Last4 | Should -Be $charge.PaymentMethodDetails.Card.Last4
        $json.Outcome.Type | Should -Be $charge.Outcome.Type
        $json.Customer | Should -BeOfType [string]
        $json.PSObject.Properties.Name | Should -Not -Contain 'ExtensionData'
    }

    It 'hides internals from Get-Member' {
        $customer = Get-PolvoStripeCustomer -First 1
        ($customer | Get-Member).Name | Should -Not -Contain 'ExtensionData'
        ($customer | Get-Member -MemberType Properties).Definition -join ' ' | Should -Not -Match 'JsonElement|Expandable'
    }
}

Describe 'Objects as ids' {
    It 'gets customers given as objects to -Id' {
        $two = @(Get-PolvoStripeCustomer -First 2)

        @((Get-PolvoStripeCustomer -Id $two).Id | Sort-Object) | Should -Be @($two.Id | Sort-Object)
    }

    It 'gets the customers of piped charges' {
        $charges = @(Get-PolvoStripeCharge -First 3)

        @(($charges | Get-PolvoStripeCustomer).Id | Sort-Object) | Should -Be @($charges.Customer | Sort-Object)
    }
}

Describe 'A deleted customer' {
    It 'is a deleted marker when fetched again' {
        $customer = New-PolvoStripeCustomer -Email (New-TestEmail 'deleted')
        $null = Remove-PolvoStripeCustomer -Id $customer.Id -Confirm:$false

        $again = Get-PolvoStripeCustomer -Id $customer.Id

        $again.Id | Should -Be $customer.Id
        $again.Deleted | Should -BeTrue
        $again.PSTypeNames | Should -Contain 'Polvo.Stripe.DeletedObject'
        ($again | Out-String) | Should -Not -Match '0001'
    }
}
