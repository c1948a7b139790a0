@{
    RootModule           = 'Polvo.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f0d6c52-6a3e-4f5e-9c39-2b7f3c1f4a10'
    Author               = 'Polvo contributors'
    CompanyName          = 'Polvo'
    Copyright            = '(c) Polvo contributors. MIT License.'
    Description          = 'Streaming, parallel, rate-limit-aware PowerShell cmdlets for SaaS APIs, starting with Stripe.'
    CompatiblePSEditions = @('Core')
    PowerShellVersion    = '7.4'
    CmdletsToExport      = @(
        'Complete-PolvoStripeInvoice',
        'Complete-PolvoStripePaymentIntent',
        'Confirm-PolvoStripePaymentIntent',
        'Connect-PolvoStripe',
        'Disconnect-PolvoStripe',
        'Get-PolvoStripeBalanceTransaction',
        'Get-PolvoStripeCharge',
        'Get-PolvoStripeConnection',
        'Get-PolvoStripeCustomer',
        'Get-PolvoStripeCustomerTaxId',
        'Get-PolvoStripeEvent',
        'Get-PolvoStripeInvoice',
        'Get-PolvoStripePaymentIntent',
        'Get-PolvoStripePayout',
        'Get-PolvoStripePrice',
        'Get-PolvoStripeProduct',
        'Get-PolvoStripeRefund',
        'Get-PolvoStripeSubscription',
        'Invoke-PolvoStripeInvoicePayment',
        'Invoke-PolvoStripeRequest',
        'New-PolvoStripeCustomer',
        'New-PolvoStripeCustomerTaxId',
        'New-PolvoStripeInvoice',
        'New-PolvoStripePaymentIntent',
        'New-PolvoStripePayout',
        'New-PolvoStripePrice',
        'New-PolvoStripeProduct',
        'New-PolvoStripeRefund',
        'New-PolvoStripeSubscription',
        'Remove-PolvoStripeCustomer',
        'Remove-PolvoStripeCustomerTaxId',
        'Remove-PolvoStripeInvoice',
        'Remove-PolvoStripeProduct',
        'Revoke-PolvoStripeInvoice',
        'Send-PolvoStripeInvoice',
        'Set-PolvoStripeCharge',
        'Set-PolvoStripeCustomer',
        'Set-PolvoStripeInvoice',
        'Set-PolvoStripeInvoiceUncollectible',
        'Set-PolvoStripePaymentIntent',
        'Set-PolvoStripePayout',
        'Set-PolvoStripePrice',
        'Set-PolvoStripeProduct',
        'Set-PolvoStripeRefund',
        'Set-PolvoStripeSubscription',
        'Stop-PolvoStripePaymentIntent',
        'Stop-PolvoStripePayout',
        'Stop-PolvoStripeRefund',
        'Stop-PolvoStripeSubscription',
        'Undo-PolvoStripePayout'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    FormatsToProcess     = @('Polvo.Format.ps1xml')
    PrivateData          = @{
        PSData = @{
            Tags         = @('Stripe', 'API', 'SaaS', 'Payments', 'Automation', 'PSEdition_Core')
            ProjectUri   = 'https://github.com/polvo-ps/polvo'
            LicenseUri   = 'https://github.com/polvo-ps/polvo/blob/main/LICENSE'
            ReleaseNotes = 'First release: Stripe customers and charges, streaming paging, retries, rate limiting, parallel export.'
        }
    }
}
