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
        'Connect-PolvoStripe',
        'Disconnect-PolvoStripe',
        'Get-PolvoStripeCharge',
        'Get-PolvoStripeConnection',
        'Get-PolvoStripeCustomer',
        'Invoke-PolvoStripeRequest',
        'New-PolvoStripeCustomer',
        'Remove-PolvoStripeCustomer',
        'Set-PolvoStripeCharge',
        'Set-PolvoStripeCustomer'
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
