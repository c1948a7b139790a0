#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests and packages the Polvo module (a thin front end over dotnet).
.DESCRIPTION
    Build:    dotnet build Polvo.sln lays out the importable module in out/Polvo.
    -Clean:   removes bin/obj output and out/ first.
    -Test:    dotnet test Polvo.sln (xunit), then the Pester suites in tests/Pester in a fresh PowerShell
              (-NoProfile) against out/Polvo, with the Pester that NuGet restored (the PesterVersion of
              Directory.Packages.props, downloaded by tests/Polvo.PowerShell.Tests; never Install-Module).
              Ends with one line 'N passed, M failed' over both, and exits non-zero on any failure.
    -Package: publishes out/Polvo with Publish-PSResource to a temporary local repository, leaving
              out/packages/Polvo.<version>.nupkg, installable with Install-PSResource/Install-Module from a
              repository registered on that folder, or pushable to a gallery.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Test

    The test command on a machine that has only the .NET SDK (pwsh is pinned in .config/dotnet-tools.json).
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

Import-Module (Join-Path $PSScriptRoot 'build/Polvo.Build.psm1') -Force

if ($Clean) {
    Invoke-Native dotnet @('clean', 'Polvo.sln', '-c', $Configuration, '--nologo', '-v', 'quiet')
    Remove-Item -Recurse -Force (Join-Path $PSScriptRoot 'out') -ErrorAction SilentlyContinue
}

if ($Test) {
    # dotnet test builds the solution (and lays out out/Polvo) before it runs the tests.
    $results = Join-Path $PSScriptRoot 'out/TestResults'
    Remove-Item -Recurse -Force $results -ErrorAction SilentlyContinue
    & dotnet test Polvo.sln -c $Configuration --nologo --logger trx --results-directory (Join-Path $results 'xunit')
    $testExitCode = $LASTEXITCODE
    $xunit = Measure-PolvoTrx (Join-Path $results 'xunit')
    $projects = @(Get-ChildItem (Join-Path $PSScriptRoot 'tests') -Recurse -Filter '*.Tests.csproj').Count
    if ($xunit.Failed -eq 0 -and ($testExitCode -ne 0 -or $xunit.Files -ne $projects)) {
        # A build error, a crashed test host or a lost result file fails the run without a failed test to count:
        # count the run itself.
        Write-Host ("dotnet test exited with code $testExitCode and left $($xunit.Files) result file(s) for $projects test " +
            'project(s) without reporting a failed test: see the errors above.')
        $xunit.Failed = 1
    }
    $pester = Invoke-PolvoPester -PesterManifest (Get-PolvoPesterManifest) -SummaryPath (Join-Path $results 'pester.json')
    $passed = $xunit.Passed + $pester.Passed
    $failed = $xunit.Failed + $pester.Failed
    $skipped = $xunit.Skipped + $pester.Skipped
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed."
    if ($skipped -gt 0) { Write-Host "$skipped test(s) were skipped or not run; this project allows no skipped tests." }
    if ($passed -eq 0) { Write-Host 'No test was executed.' }
    # The failed tests' names last, next to the summary line, where a CI log's tail shows them.
    foreach ($name in $xunit.FailedTests) { Write-Host "xunit failed: $name" }
    foreach ($name in $pester.FailedTests) { Write-Host "Pester failed: $name" }
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0 -or $skipped -gt 0 -or $passed -eq 0) { exit 1 }
}
else {
    Invoke-Native dotnet @('build', 'Polvo.sln', '-c', $Configuration, '--nologo')
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
