#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Import, manifest and help of the built module (out/Polvo). Runs in a fresh pwsh (build.ps1 -Test, .ci/run).

BeforeDiscovery {
    $script:moduleDir = Join-Path $PSScriptRoot '../../out/Polvo' | Resolve-Path | Select-Object -ExpandProperty Path
    $script:manifest = Import-PowerShellDataFile (Join-Path $moduleDir 'Polvo.psd1')
    $script:cmdletCases = @($manifest.CmdletsToExport | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    $moduleDir = Join-Path $PSScriptRoot '../../out/Polvo' | Resolve-Path | Select-Object -ExpandProperty Path
    $manifestPath = Join-Path $moduleDir 'Polvo.psd1'
    $manifest = Import-PowerShellDataFile $manifestPath
    $module = Import-Module $manifestPath -Force -PassThru
}

AfterAll {
    Remove-Module Polvo -Force -ErrorAction SilentlyContinue
}

Describe 'Polvo module' {
    It 'passes Test-ModuleManifest with the version from Polvo.psd1' {
        $info = Test-ModuleManifest -Path $manifestPath
        $info.Version | Should -Be ([version] $manifest.ModuleVersion)
        $info.CompatiblePSEditions | Should -Be @('Core')
    }

    It 'imports from out/Polvo with the binary root module' {
        $module.Name | Should -Be 'Polvo'
        $module.ModuleType | Should -Be 'Binary'
        $module.Path | Should -BeLike "$moduleDir*Polvo.PowerShell.dll"
    }

    It 'exports exactly the cmdlets the manifest lists, and no functions, aliases or variables' {
        @($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($manifest.CmdletsToExport | Sort-Object)
        $module.ExportedFunctions.Count | Should -Be 0
        $module.ExportedAliases.Count | Should -Be 0
        $module.ExportedVariables.Count | Should -Be 0
    }

    It 'loads the root module in the default load context and keeps Polly out of it' {
        $root = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Polvo.PowerShell' }
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($root) | Should -Be ([System.Runtime.Loader.AssemblyLoadContext]::Default)
        $fromDependencies = [System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies |
            Where-Object { $_.Location -like "$moduleDir*Dependencies*" }
        $fromDependencies | Should -BeNullOrEmpty
    }

    It 'registers the table views for Stripe objects' {
        (Get-FormatData -TypeName 'Polvo.Stripe.Customer').TypeNames | Should -Contain 'Polvo.Stripe.Customer'
        (Get-FormatData -TypeName 'Polvo.Stripe.Charge').TypeNames | Should -Contain 'Polvo.Stripe.Charge'
    }

    It 'ships help next to the root module' {
        Test-Path (Join-Path $moduleDir 'en-US/Polvo.PowerShell.dll-Help.xml') | Should -BeTrue
        [xml] (Get-Content -Raw (Join-Path $moduleDir 'en-US/Polvo.PowerShell.dll-Help.xml')) | Should -Not -BeNullOrEmpty
    }

    It 'Get-Help Get-PolvoStripeCustomer -Examples shows at least two examples that use the cmdlet' {
        $examples = @((Get-Help Get-PolvoStripeCustomer -Examples).Examples.Example)

        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.Code | Should -Match 'Get-PolvoStripeCustomer'
        }
    }

    It 'gives every data cmdlet -Connection and -AsJob, and the Get- cmdlets -First, -Skip and -IncludeTotalCount' {
        foreach ($name in $manifest.CmdletsToExport | Where-Object { $_ -notmatch 'Connect' }) {
            (Get-Command $name).Parameters.Keys | Should -Contain 'Connection' -Because "$name calls Stripe"
            (Get-Command $name).Parameters.Keys | Should -Contain 'AsJob' -Because "$name calls Stripe"
        }
        foreach ($name in 'Get-PolvoStripeCustomer', 'Get-PolvoStripeCharge') {
            (Get-Command $name).Parameters.Keys | Should -Contain 'First'
            (Get-Command $name).Parameters.Keys | Should -Contain 'Skip'
            (Get-Command $name).Parameters.Keys | Should -Contain 'IncludeTotalCount'
        }
    }

    It 'unloads and imports again (the resolver is unhooked and re-hooked)' {
        Remove-Module Polvo -Force
        Get-Module Polvo | Should -BeNullOrEmpty
        $again = Import-Module $manifestPath -Force -PassThru
        $again.Name | Should -Be 'Polvo'
    }
}

Describe 'Help of <Name>' -ForEach $cmdletCases {
    BeforeAll {
        $help = Get-Help $Name -Full
        $command = Get-Command $Name
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
    }

    It 'has a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "*$Name*[<CommonParameters>]*"
        ($help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'declares an output type' {
        $command.OutputType | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples (Get-Help -Examples)' {
        @((Get-Help $Name -Examples).Examples.Example).Count | Should -BeGreaterOrEqual 2
    }

    It 'describes every parameter' {
        # [Parameter(DontShow)] parameters are bound by PowerShell itself (such as the piped object's PSTypeNames), never typed.
        $hidden = @($command.Parameters.Values | Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow } } | ForEach-Object Name)
        foreach ($parameter in $command.Parameters.Keys | Where-Object { $_ -notin $common -and $_ -notin $hidden }) {
            $doc = $help.Parameters.Parameter | Where-Object Name -eq $parameter
            ($doc.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter needs help"
        }
    }
}
