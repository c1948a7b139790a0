#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# One realistic pipeline per resource group of issue 9's table, with the generated cmdlets against the emulator:
# payments, refunds and disputes, billing, subscriptions, the catalog, Checkout and payment links, events and
# webhooks, money movement, and the customer sub-resources.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-PolvoModule
    $emulator = Start-PolvoEmulator -SeedCustomers 5 -SeedCharges 20
    Connect-PolvoTestEmulator -Emulator $emulator

    function New-TestCustomer { New-PolvoStripeCustomer -Email (New-TestEmail 'generated') }
    function New-RecurringPrice([long] $UnitAmount = 1000) {
        $product = New-PolvoStripeProduct -Name "Plan $UnitAmount"
        New-PolvoStripePrice -Product $product.Id -Currency usd -UnitAmount $UnitAmount -Body @{ recurring = @{ interval = 'month' } }
    }
}

AfterAll {
    Disconnect-PolvoStripe
    $emulator | Stop-PolvoEmulator
}

Describe 'Payment intents, setup intents and payment methods' {
    It 'saves a card for each customer of a CSV, then lists their cards' {
        $customers = 1..3 | ForEach-Object { New-TestCustomer }
        $customers | ForEach-Object { [pscustomobject]@{ Customer = $_.Id } } | Export-Csv "$TestDrive/save.csv" -NoTypeInformation

        $intents = @(Import-Csv "$TestDrive/save.csv" | New-PolvoStripeSetupIntent -Usage off_session)
        $intents | ForEach-Object {
            $pm = New-PolvoStripePaymentMethod -Type card -Body @{ card = @{ token = 'tok_visa' } }
            Add-PolvoStripePaymentMethod $pm.Id -Customer $_.Customer
            Confirm-PolvoStripeSetupIntent $_.Id -PaymentMethod $pm.Id
        }

        $cards = @($customers | Get-PolvoStripePaymentMethod)
        $cards.Count | Should -Be 3
        $cards | ForEach-Object { $_.PSTypeNames[0] | Should -Be 'Polvo.Stripe.PaymentMethod' }
        @($customers | Get-PolvoStripeSetupIntent | Where-Object Status -eq succeeded).Count | Should -Be 3
        ($cards | Format-Table | Out-String -Width 80) -split "`n" | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
    }

    It 'captures what a customer authorized and cancels the rest' {
        $customer = New-TestCustomer
        $pm = New-PolvoStripePaymentMethod -Type card -Body @{ card = @{ token = 'tok_visa' } }
        Add-PolvoStripePaymentMethod $pm.Id -Customer $customer.Id
        1..2 | ForEach-Object { New-PolvoStripePaymentIntent -Amount (1000 * $_) -Currency usd -Customer $customer.Id -PaymentMethod $pm.Id -CaptureMethod manual -ConfirmNow } | Out-Null

        $captured = @($customer | Get-PolvoStripePaymentIntent | Where-Object Amount -eq 1000 | Complete-PolvoStripePaymentIntent -Force -PassThru)
        $canceled = @($customer | Get-PolvoStripePaymentIntent | Where-Object Status -eq requires_capture | Stop-PolvoStripePaymentIntent -Force -PassThru)

        $captured.Status | Should -Be 'succeeded'
        $canceled.Status | Should -Be 'canceled'
        $canceled.Amount | Should -Be 2000
    }
}

Describe 'Refunds and disputes' {
    It "refunds a search's charges with -WhatIf first, then for real" {
        $order = "A-$([guid]::NewGuid().ToString('n').Substring(0, 8))"
        1..2 | ForEach-Object { Invoke-PolvoStripeRequest -Method Post -Path /v1/charges -Body @{ amount = 1500; currency = 'usd'; source = 'tok_visa'; metadata = @{ order = $order } } } | Out-Null

        $preview = @(Get-PolvoStripeCharge -Query "metadata['order']:'$order'" | New-PolvoStripeRefund -Reason requested_by_customer -WhatIf)
        $preview.Count | Should -Be 0
        @(Get-PolvoStripeCharge -Query "metadata['order']:'$order'" | Where-Object Refunded).Count | Should -Be 0

        $refunds = @(Get-PolvoStripeCharge -Query "metadata['order']:'$order'" | New-PolvoStripeRefund -Reason requested_by_customer -Metadata @{ order = $order })
        $refunds.Count | Should -Be 2
        $refunds | ForEach-Object { $_.Status | Should -Be 'succeeded'; $_.PSTypeNames[0] | Should -Be 'Polvo.Stripe.Refund' }
        @(Get-PolvoStripeCharge -Query "metadata['order']:'$order'" | Where-Object Refunded).Count | Should -Be 2
    }

    It 'stages evidence for the disputes that need a response, then accepts the small ones' {
        $charges = 500, 5000 | ForEach-Object { Invoke-PolvoStripeRequest -Method Post -Path /v1/charges -Body @{ amount = $_; currency = 'usd'; source = 'tok_createDispute' } }
        $disputes = @($charges | ForEach-Object { Get-PolvoStripeDispute -Charge $_.id })

        $staged = @($disputes | Where-Object Status -eq needs_response |
            Set-PolvoStripeDispute -Body @{ evidence = @{ uncategorized_text = 'Delivered, signed for' } } -PassThru)
        $closed = @($staged | Where-Object Amount -lt 1000 | Close-PolvoStripeDispute -Force -PassThru)

        $staged.Count | Should -Be 2
        $staged | ForEach-Object { $_.Evidence.UncategorizedText | Should -Be 'Delivered, signed for' }
        $closed.Count | Should -Be 1
        $closed[0].Status | Should -Be 'lost'
    }
}

Describe 'Invoices, invoice items and credit notes' {
    It "exports a customer's invoices and their lines to CSV" {
        $customer = New-TestCustomer
        foreach ($fee in 1200, 3400) {
            New-PolvoStripeInvoiceItem -Customer $customer.Id -Amount $fee -Currency usd -Description "Fee $fee" | Out-Null
            $invoice = New-PolvoStripeInvoice -Customer $customer.Id -CollectionMethod send_invoice -DaysUntilDue 30
            Complete-PolvoStripeInvoice $invoice.Id
        }

        Get-PolvoStripeCustomer -Id $customer.Id | Get-PolvoStripeInvoice | Select-Object Id, Status, AmountDue, Created | Export-Csv "$TestDrive/invoices.csv" -NoTypeInformation
        Get-PolvoStripeCustomer -Id $customer.Id | Get-PolvoStripeInvoice | Get-PolvoStripeInvoiceLineItem | Select-Object Id, Amount, Description | Export-Csv "$TestDrive/lines.csv" -NoTypeInformation

        $rows = @(Import-Csv "$TestDrive/invoices.csv")
        $rows.Count | Should -Be 2
        ($rows.AmountDue | ForEach-Object { [long] $_ } | Sort-Object) | Should -Be @(1200, 3400)
        (@(Import-Csv "$TestDrive/lines.csv").Description | Sort-Object) | Should -Be @('Fee 1200', 'Fee 3400')
    }

    It 'credits the open invoices of a customer and voids one credit note' {
        $customer = New-TestCustomer
        New-PolvoStripeInvoiceItem -Customer $customer.Id -Amount 5000 -Currency usd | Out-Null
        Complete-PolvoStripeInvoice (New-PolvoStripeInvoice -Customer $customer.Id -CollectionMethod send_invoice -DaysUntilDue 7).Id

        $notes = @(Get-PolvoStripeInvoice -Customer $customer.Id -Status open | New-PolvoStripeCreditNote -Amount 1000 -Memo Goodwill)
        (Get-PolvoStripeInvoice -Customer $customer.Id -Status open).AmountDue | Should -Be 4000
        $voided = $notes | Revoke-PolvoStripeCreditNote -Force -PassThru

        $notes.Count | Should -Be 1
        $voided.Status | Should -Be 'void'
        @($customer | Get-PolvoStripeCreditNote).Id | Should -Be $notes.Id
    }
}

Describe 'Subscriptions, subscription items and schedules' {
    It 'cancels the subscriptions listed in a CSV, previewed first' {
        $price = New-RecurringPrice 900
        $subscriptions = 1..3 | ForEach-Object { New-PolvoStripeSubscription -Customer (New-TestCustomer).Id -Body @{ items = @(@{ price = $price.Id }) } }
        $subscriptions | Select-Object Id | Export-Csv "$TestDrive/cancel.csv" -NoTypeInformation

        Import-Csv "$TestDrive/cancel.csv" | Stop-PolvoStripeSubscription -WhatIf
        @($subscriptions | ForEach-Object { Get-PolvoStripeSubscription -Id $_.Id } | Where-Object Status -eq active).Count | Should -Be 3

        $canceled = @(Import-Csv "$TestDrive/cancel.csv" | Stop-PolvoStripeSubscription -Force -PassThru)
        $canceled.Count | Should -Be 3
        $canceled.Status | Sort-Object -Unique | Should -Be 'canceled'
    }

    It "adds a seat to each item of a customer's subscriptions and releases its schedule" {
        $customer = New-TestCustomer
        $subscription = New-PolvoStripeSubscription -Customer $customer.Id -Body @{ items = @(@{ price = (New-RecurringPrice 700).Id; quantity = 2 }) }
        $schedule = New-PolvoStripeSubscriptionSchedule -FromSubscription $subscription.Id

        $customer | Get-PolvoStripeSubscription | Get-PolvoStripeSubscriptionItem | ForEach-Object { Set-PolvoStripeSubscriptionItem $_.Id -Quantity ($_.Quantity + 1) }
        $released = $customer | Get-PolvoStripeSubscriptionSchedule | Where-Object Status -eq active | Disconnect-PolvoStripeSubscriptionSchedule -Force -PassThru

        (Get-PolvoStripeSubscriptionItem -Subscription $subscription.Id).Quantity | Should -Be 3
        $released.Id | Should -Be $schedule.Id
        $released.Status | Should -Be 'released'
    }
}

Describe 'Products, prices, coupons, promotion codes and tax rates' {
    It 'creates a coupon with a promotion code per campaign from a CSV and deactivates one' {
        @(
            [pscustomobject]@{ Name = 'Spring'; PercentOff = '25'; Duration = 'once' }
            [pscustomobject]@{ Name = 'Summer'; PercentOff = '12.5'; Duration = 'forever' }
        ) | Export-Csv "$TestDrive/coupons.csv" -NoTypeInformation

        $coupons = @(Import-Csv "$TestDrive/coupons.csv" | New-PolvoStripeCoupon)
        $codes = @($coupons | New-PolvoStripePromotionCode)
        $off = $coupons | Where-Object Name -eq Summer | Get-PolvoStripePromotionCode | Set-PolvoStripePromotionCode -Active:$false -PassThru

        ($coupons.PercentOff | Sort-Object) | Should -Be @(12.5, 25)
        $codes.Count | Should -Be 2
        $off.Active | Should -BeFalse
        @(Get-PolvoStripePromotionCode -Active true | Where-Object { $_.Id -in $codes.Id }).Count | Should -Be 1
    }

    It 'archives the prices of the products a search finds and adds a tax rate' {
        $tag = [guid]::NewGuid().ToString('n').Substring(0, 8)
        $product = New-PolvoStripeProduct -Name "Legacy $tag" -Metadata @{ tag = $tag }
        1..2 | ForEach-Object { New-PolvoStripePrice -Product $product.Id -Currency usd -UnitAmount (100 * $_) } | Out-Null

        $archived = @(Get-PolvoStripeProduct -Query "metadata['tag']:'$tag'" | ForEach-Object { Get-PolvoStripePrice -Product $_.Id -Active true } | Set-PolvoStripePrice -Active:$false -PassThru)
        $rate = New-PolvoStripeTaxRate -DisplayName VAT -Percentage 19 -Inclusive:$false -Jurisdiction DE

        $archived.Count | Should -Be 2
        $archived.Active | Sort-Object -Unique | Should -BeFalse
        (Get-PolvoStripeTaxRate -Id $rate.Id).Percentage | Should -Be 19
    }
}

Describe 'Checkout sessions and payment links' {
    It 'expires the open Checkout sessions and totals what the links sell' {
        $price = New-PolvoStripePrice -Product (New-PolvoStripeProduct -Name Tee).Id -Currency usd -UnitAmount 700
        $sessions = 1..2 | ForEach-Object { New-PolvoStripeCheckoutSession -SuccessUrl https://example.com/ok -CancelUrl https://example.com/back -Mode payment -Body @{ line_items = @(@{ price = $price.Id; quantity = $_ }); payment_method_types = @('card') } }
        $link = New-PolvoStripePaymentLink -Body @{ line_items = @(@{ price = $price.Id; quantity = 3 }) }

        $total = ($sessions | Get-PolvoStripeCheckoutSessionLineItem | Measure-Object AmountTotal -Sum).Sum
        $expired = @(Get-PolvoStripeCheckoutSession | Where-Object { $_.Status -eq 'open' -and $_.Id -in $sessions.Id } | Stop-PolvoStripeCheckoutSession -Force -PassThru)

        $total | Should -Be 2100
        $expired.Count | Should -Be 2
        $expired.Status | Sort-Object -Unique | Should -Be 'expired'
        (Get-PolvoStripePaymentLink -Active true | Where-Object Id -eq $link.Id | Get-PolvoStripePaymentLinkLineItem).AmountTotal | Should -Be 2100
    }
}

Describe 'Events and webhook endpoints' {
    It "points a webhook at the events of the last hour's invoices and disables it" {
        $endpoint = New-PolvoStripeWebhookEndpoint -Url http://127.0.0.1:9/hook -EnabledEvents 'invoice.created', 'invoice.finalized'
        $customer = New-TestCustomer
        New-PolvoStripeInvoiceItem -Customer $customer.Id -Amount 100 -Currency usd | Out-Null
        New-PolvoStripeInvoice -Customer $customer.Id | Out-Null

        $events = @(Get-PolvoStripeEvent -Type 'invoice.*' -CreatedAfter (Get-Date).AddHours(-1))
        $disabled = Get-PolvoStripeWebhookEndpoint | Where-Object Url -eq 'http://127.0.0.1:9/hook' | Set-PolvoStripeWebhookEndpoint -Disabled -PassThru

        $events.Type | Should -Contain 'invoice.created'
        # The event carries the object it is about, typed: $event.Data.Object reads like the invoice itself.
        $created = $events | Where-Object Type -eq 'invoice.created' | Select-Object -First 1
        $created.Data.Object.PSObject.TypeNames[0] | Should -Be 'Polvo.Stripe.Invoice'
        $created.Data.Object.Customer | Should -Be $customer.Id
        $disabled.Id | Should -Be $endpoint.Id
        $disabled.Status | Should -Be 'disabled'
        Remove-PolvoStripeWebhookEndpoint $endpoint.Id -Force
        @(Get-PolvoStripeWebhookEndpoint | Where-Object Id -eq $endpoint.Id).Count | Should -Be 0
    }
}

Describe 'Balance, balance transactions, payouts and transfers' {
    It 'lists the payouts of a date range with their balance transactions' {
        $available = (Get-PolvoStripeBalance).Available | Where-Object Currency -eq usd
        $available.Amount | Should -BeGreaterThan 300
        $payouts = 1..2 | ForEach-Object { New-PolvoStripePayout -Amount 100 -Currency usd -Description "Payout $_" }

        $rows = @(Get-PolvoStripePayout -CreatedAfter (Get-Date).AddMinutes(-5) -CreatedBefore (Get-Date).AddMinutes(5) |
            ForEach-Object { $payout = $_; Get-PolvoStripeBalanceTransaction -Payout $payout.Id | Select-Object @{ n = 'Payout'; e = { $payout.Id } }, Id, Type, Amount })

        @($rows.Payout | Sort-Object -Unique) | Should -Be @($payouts.Id | Sort-Object)
        ((Get-PolvoStripeBalance).Available | Where-Object Currency -eq usd).Amount | Should -Be ($available.Amount - 200)
    }

    It "reverses part of each of a transfer group's transfers" {
        $group = "order-$([guid]::NewGuid().ToString('n').Substring(0, 8))"
        1..2 | ForEach-Object { New-PolvoStripeTransfer -Amount 1000 -Currency usd -Destination acct_1ABCDEFGHIJKLMNO -TransferGroup $group } | Out-Null

        Get-PolvoStripeTransfer -TransferGroup $group | ForEach-Object { New-PolvoStripeTransferReversal -Transfer $_.Id -Amount 250 } | Out-Null
        $reversals = @(Get-PolvoStripeTransfer -TransferGroup $group | Get-PolvoStripeTransferReversal)

        $reversals.Count | Should -Be 2
        $reversals.Amount | Sort-Object -Unique | Should -Be 250
        (Get-PolvoStripeTransfer -TransferGroup $group).AmountReversed | Sort-Object -Unique | Should -Be 250
    }
}

Describe 'Customer tax ids and balance transactions' {
    It 'credits the customers of a CSV and lists their balance history' {
        $customers = 1..2 | ForEach-Object { New-TestCustomer }
        $customers | ForEach-Object { [pscustomobject]@{ Customer = $_.Id; Amount = '-1500'; Currency = 'usd'; Description = 'Goodwill' } } | Export-Csv "$TestDrive/credits.csv" -NoTypeInformation

        Import-Csv "$TestDrive/credits.csv" | New-PolvoStripeCustomerBalanceTransaction | Out-Null
        Import-Csv "$TestDrive/credits.csv" | ForEach-Object { [pscustomobject]@{ Customer = $_.Customer; Type = 'eu_vat'; Value = 'DE123456789' } } | New-PolvoStripeCustomerTaxId | Out-Null

        $history = @($customers | Get-PolvoStripeCustomerBalanceTransaction)
        $history.Count | Should -Be 2
        $history.EndingBalance | Sort-Object -Unique | Should -Be -1500
        @($customers | Get-PolvoStripeCustomerTaxId).Value | Sort-Object -Unique | Should -Be 'DE123456789'
    }
}
