#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests and packages the Polvo module (a thin front end over dotnet).
.DESCRIPTION
    Build:    dotnet build Polvo.sln lays out the importable module in out/Polvo.
    -Clean:   removes bin/obj output and out/ first.
    -Test:    dotnet test Polvo.sln, then Pester 5 in a fresh 'pwsh -NoProfile' over tests/Pester against out/Polvo.
    -Package: publishes out/Polvo with Publish-PSResource to a temporary local repository, leaving
              out/packages/Polvo.<version>.nupkg, installable with Install-PSResource/Install-Module from a
              repository registered on that folder, or pushable to a gallery.
.EXAMPLE
    ./build.ps1 -Configuration Release -Test -Package
#>
[CmdletBinding()]
param(
    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release',
    [switch] $Clean,
    [switch] $Test,
    [switch] $Package
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$module = Join-Path $PSScriptRoot 'out/Polvo'

function Invoke-Native([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

if ($Clean) {
    Invoke-Native dotnet @('clean', 'Polvo.sln', '-c', $Configuration, '--nologo', '-v', 'quiet')
    Remove-Item -Recurse -Force (Join-Path $PSScriptRoot 'out') -ErrorAction SilentlyContinue
}

Invoke-Native dotnet @('build', 'Polvo.sln', '-c', $Configuration, '--nologo')

if ($Test) {
    Invoke-Native dotnet @('test', 'Polvo.sln', '-c', $Configuration, '--no-build', '--nologo')
    $pester = @'
$ErrorActionPreference = 'Stop'
Import-Module Pester -MinimumVersion 5.0.0
$config = New-PesterConfiguration
$config.Run.Path = 'tests/Pester'
$config.Run.Exit = $true
$config.Output.Verbosity = 'Detailed'
Invoke-Pester -Configuration $config
'@
    Invoke-Native pwsh @('-NoProfile', '-NonInteractive', '-Command', $pester)
}

if ($Package) {
    $packages = Join-Path $PSScriptRoot 'out/packages'
    New-Item -ItemType Directory -Force $packages | Out-Null
    $repository = "PolvoLocal-$PID"
    Register-PSResourceRepository -Name $repository -Uri $packages -Trusted
    try {
        Publish-PSResource -Path $module -Repository $repository
    }
    finally {
        Unregister-PSResourceRepository -Name $repository
    }
    Get-ChildItem $packages -Filter 'Polvo.*.nupkg' | Select-Object -ExpandProperty FullName
}
