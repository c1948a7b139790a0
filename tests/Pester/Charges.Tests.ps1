#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Charges against the emulator: listing one customer's charges, ids from the pipeline, -Expand, search, paging,
# Set-PolvoStripeCharge from parameters and from the pipeline, -WhatIf, errors and the default table.
# Each Describe works on charges it created for its own customer, so the counts are exact.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-PolvoModule
    $emulator = Start-PolvoEmulator -SeedCustomers 10 -SeedCharges 20
    Connect-PolvoTestEmulator -Emulator $emulator

    function New-TestCharge {
        param([Parameter(Mandatory)] [string] $CustomerId, [long] $Amount = 1000, [string] $Description)
        $body = @{ amount = $Amount; currency = 'usd'; customer = $CustomerId }
        if ($Description) { $body.description = $Description }
        Invoke-PolvoStripeRequest -Method POST -Path '/v1/charges' -Body $body
    }
}

AfterAll {
    Disconnect-PolvoStripe
    $emulator | Stop-PolvoEmulator
}

Describe 'Get-PolvoStripeCharge' {
    BeforeAll {
        $owner = New-PolvoStripeCustomer -Email (New-TestEmail 'owner') -Name 'Charge Owner'
        $charges = @(1..3 | ForEach-Object { New-TestCharge -CustomerId $owner.Id -Amount (1000 + $_) -Description "pester charge $_" })
        $other = New-PolvoStripeCustomer -Email (New-TestEmail 'other')
        $null = New-TestCharge -CustomerId $other.Id -Amount 5000
    }

    It 'lists the charges of one customer with -CustomerId, as Polvo.Stripe.Charge objects' {
        $found = @(Get-PolvoStripeCharge -CustomerId $owner.Id)

        @($found.Id | Sort-Object) | Should -Be @($charges.id | Sort-Object)
        $found[0].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Charge'
        foreach ($charge in $found) {
            $charge.Customer.Id | Should -Be $owner.Id
            $charge.Currency | Should -Be 'usd'
        }
    }

    It 'takes -CustomerId from the CustomerId property of piped objects' {
        $found = @([pscustomobject]@{ CustomerId = $owner.Id } | Get-PolvoStripeCharge)

        $found.Count | Should -Be 3
    }

    It 'lists the charges of each customer piped from Get-PolvoStripeCustomer, instead of taking its Id as a charge id' {
        $found = @(Get-PolvoStripeCustomer -Id $owner.Id, $other.Id | Get-PolvoStripeCharge -ErrorVariable pipedErrors)

        $pipedErrors | Should -BeNullOrEmpty
        $found.Count | Should -Be 4
        @($found | Where-Object { $_.Customer.Id -eq $owner.Id }).Id | Sort-Object | Should -Be @($charges.id | Sort-Object)
        @($found | Where-Object { $_.Customer.Id -eq $other.Id }).Count | Should -Be 1
        $found[0].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Charge'
    }

    It 'applies -PageSize and -First to each piped customer''s charges' {
        $firstTwo = @(Get-PolvoStripeCustomer -Id $owner.Id | Get-PolvoStripeCharge -PageSize 1 -First 2)

        $firstTwo.Count | Should -Be 2
        $firstTwo.Customer.Id | Should -Be @($owner.Id, $owner.Id)
    }

    It 'lists every charge without filters, newest first, and honours -First' {
        $all = @(Get-PolvoStripeCharge)

        $all.Count | Should -BeGreaterOrEqual 24
        $all[0].Created | Should -BeGreaterOrEqual $all[-1].Created
        @(Get-PolvoStripeCharge -First 2).Id | Should -Be $all[0..1].Id
    }

    It 'gets charges by -Id and from id strings in the pipeline' {
        $one = Get-PolvoStripeCharge -Id $charges[0].id
        $piped = @($charges.id | Get-PolvoStripeCharge)

        $one.Id | Should -Be $charges[0].id
        $one.Amount | Should -Be 1001
        $one.Description | Should -Be 'pester charge 1'
        @($piped.Id | Sort-Object) | Should -Be @($charges.id | Sort-Object)
    }

    It 'takes the Id of piped charge objects (by property name), e.g. to fetch them again with -Expand' {
        $listed = @(Get-PolvoStripeCharge -CustomerId $owner.Id)

        $refreshed = @($listed | Get-PolvoStripeCharge -Expand 'customer')

        @($refreshed.Id | Sort-Object) | Should -Be @($listed.Id | Sort-Object)
        foreach ($charge in $refreshed) {
            $charge.Customer.Email | Should -Be $owner.Email
        }
    }

    It '-Expand customer returns the customer inside the charge' {
        $charge = Get-PolvoStripeCharge -Id $charges[0].id -Expand 'customer'

        # An expanded reference is the customer itself (its text is still its id); an unexpanded one is the id.
        $charge.Customer.Email | Should -Be $owner.Email
        $charge.Customer.PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
        "$($charge.Customer)" | Should -Be $owner.Id
        (Get-PolvoStripeCharge -Id $charges[0].id).Customer | Should -Be $owner.Id
    }

    It 'a missing id is one non-terminating resource_missing error and the other ids go on' {
        $found = @('ch_missing', $charges[1].id | Get-PolvoStripeCharge -ErrorAction SilentlyContinue -ErrorVariable lookupErrors)

        $found.Count | Should -Be 1
        $found[0].Id | Should -Be $charges[1].id
        $lookupErrors.Count | Should -Be 1
        $lookupErrors[0].FullyQualifiedErrorId | Should -BeLike 'resource_missing,*'
        $lookupErrors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $lookupErrors[0].TargetObject | Should -Be 'ch_missing'
    }

    It 'searches charges with -Query' {
        $found = @(Get-PolvoStripeCharge -Query "customer:'$($owner.Id)'")

        @($found.Id | Sort-Object) | Should -Be @($charges.id | Sort-Object)
    }

    It 'searches with -IncludeTotalCount' {
        $output = @(Get-PolvoStripeCharge -Query "customer:'$($owner.Id)' AND amount>1001" -IncludeTotalCount)

        [UInt64] $output[0].PSObject.BaseObject | Should -Be 2
        $output[0].Accuracy | Should -Be 1
        @($output | Select-Object -Skip 1).Amount | Sort-Object | Should -Be @(1002, 1003)
    }

    It 'shows Id, Amount, Currency, Status and Created in the default table' {
        $lines = @((Get-PolvoStripeCharge -Id $charges[0].id | Out-String -Width 250) -split '\r?\n' | Where-Object { $_.Trim() })

        ($lines[0].Trim() -split '\s+') | Should -Be @('Id', 'Amount', 'Currency', 'Status', 'Created')
        $lines[2] | Should -Match ([regex]::Escape($charges[0].id))
        $lines[2] | Should -Match '\b1001\b'
    }

    It 'declares its output type' {
        (Get-Command Get-PolvoStripeCharge).OutputType.Name | Should -Contain 'Polvo.Stripe.Entities.Charge'
    }
}

Describe 'Set-PolvoStripeCharge' {
    BeforeAll {
        $owner = New-PolvoStripeCustomer -Email (New-TestEmail 'setcharge')
    }

    BeforeEach {
        $charge = New-TestCharge -CustomerId $owner.Id -Description 'before'
    }

    It 'updates the description, the receipt email and metadata' {
        $updated = Set-PolvoStripeCharge -Id $charge.id -Description 'after' -ReceiptEmail 'receipts@example.com' -Metadata @{ order = 'A-1' } -PassThru

        $updated.PSTypeNames[0] | Should -Be 'Polvo.Stripe.Charge'
        $updated.Description | Should -Be 'after'
        $updated.ReceiptEmail | Should -Be 'receipts@example.com'
        $updated.Metadata['order'] | Should -Be 'A-1'
        (Get-PolvoStripeCharge -Id $charge.id).Description | Should -Be 'after'
    }

    It 'updates the charges piped from Get-PolvoStripeCharge, and a metadata search then finds them' {
        $batch = [guid]::NewGuid().ToString('n')

        $updated = @(Get-PolvoStripeCharge -CustomerId $owner.Id | Set-PolvoStripeCharge -Metadata @{ batch = $batch } -PassThru)

        $expected = @(Get-PolvoStripeCharge -CustomerId $owner.Id)
        @($updated.Id | Sort-Object) | Should -Be @($expected.Id | Sort-Object)
        @((Get-PolvoStripeCharge -Query "metadata['batch']:'$batch'").Id | Sort-Object) | Should -Be @($expected.Id | Sort-Object)
    }

    It 'takes the ChargeId property of piped objects (alias)' {
        $updated = [pscustomobject]@{ ChargeId = $charge.id; Description = 'from an object' } | Set-PolvoStripeCharge -PassThru

        $updated.Id | Should -Be $charge.id
        $updated.Description | Should -Be 'from an object'
    }

    It '-WhatIf changes nothing' {
        $output = Set-PolvoStripeCharge -Id $charge.id -Description 'changed' -WhatIf

        $output | Should -BeNullOrEmpty
        (Get-PolvoStripeCharge -Id $charge.id).Description | Should -Be 'before'
    }

    It 'an invalid receipt email is one email_invalid error and the other charges are updated' {
        $second = New-TestCharge -CustomerId $owner.Id
        $items = [pscustomobject]@{ Id = $charge.id; ReceiptEmail = 'not-an-email' }, [pscustomobject]@{ Id = $second.id; ReceiptEmail = 'ok@example.com' }

        $updated = @($items | Set-PolvoStripeCharge -PassThru -ErrorAction SilentlyContinue -ErrorVariable setErrors)

        $updated.Count | Should -Be 1
        $updated[0].Id | Should -Be $second.id
        $setErrors.Count | Should -Be 1
        $setErrors[0].FullyQualifiedErrorId | Should -BeLike 'email_invalid,*'
        $setErrors[0].TargetObject | Should -Be $charge.id
    }
}
