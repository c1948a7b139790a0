# The test steps of build.ps1: where the pinned Pester is, how xunit's TRX files and Pester's result are counted.
# Kept apart from build.ps1 so tests/Pester/Build.Tests.ps1 can test them without running a whole build.
Set-StrictMode -Version Latest

$script:RepoRoot = Split-Path -Parent $PSScriptRoot

function Get-PolvoPesterVersion {
    <# The PesterVersion property of Directory.Packages.props: the one place the Pester version is defined. #>
    $props = [xml] (Get-Content -Raw (Join-Path $script:RepoRoot 'Directory.Packages.props'))
    $version = $props.Project.PropertyGroup | ForEach-Object { $_['PesterVersion'] } | Where-Object { $_ } | Select-Object -First 1
    if (-not $version) { throw "Directory.Packages.props defines no PesterVersion property." }
    $version.InnerText
}

function Get-PolvoPesterManifest {
    <#
    tools/Pester.psd1 of the pinned Pester package in the NuGet global packages folder (dotnet nuget locals
    global-packages, which honours NUGET_PACKAGES), or an error that says how to restore it.
    #>
    param(
        [string] $PackagesFolder = ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''),
        [string] $Version = (Get-PolvoPesterVersion)
    )
    $manifest = Join-Path $PackagesFolder "pester/$Version/tools/Pester.psd1"
    if (-not (Test-Path -LiteralPath $manifest)) {
        throw "Pester $Version is missing: '$manifest' does not exist. Pester is restored through NuGet, not from a " +
            "gallery: run 'dotnet restore tests/Polvo.PowerShell.Tests' (it downloads the PesterVersion of " +
            "Directory.Packages.props), then './build.ps1 -Test' again."
    }
    $manifest
}

function Measure-PolvoTrx {
    <#
    Sums the counters of every TRX file under -Path (one per test project that dotnet test ran), counts the files,
    and lists each failed test as 'name: first line of its message', so the end of a CI log says what failed.
    #>
    param([Parameter(Mandatory)] [string] $Path)
    $counts = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0; Files = 0; FailedTests = [Collections.Generic.List[string]]::new() }
    foreach ($trx in Get-ChildItem -LiteralPath $Path -Filter *.trx -Recurse -ErrorAction SilentlyContinue) {
        $counts.Files++
        $run = ([xml] (Get-Content -Raw -LiteralPath $trx.FullName)).TestRun
        foreach ($result in @($run.SelectNodes("//*[local-name()='UnitTestResult'][@outcome!='Passed' and @outcome!='NotExecuted']"))) {
            $message = $result.SelectSingleNode(".//*[local-name()='Message']")
            $firstLine = if ($message) { ($message.InnerText -split "`n")[0].Trim() } else { $result.outcome }
            $counts.FailedTests.Add("$($result.testName): $firstLine")
        }
        $counters = $run.ResultSummary.Counters
        $counts.Passed += [int] $counters.passed
        $counts.Failed += [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
        $counts.Skipped += [int] $counters.notExecuted
    }
    $counts
}

function Invoke-PolvoPester {
    <#
    Runs tests/Pester with -PesterManifest in a fresh PowerShell of the same version as this one (-NoProfile, so no
    profile or session state leaks in) and returns its counts; a run that did not finish counts as one failure.
    #>
    param([Parameter(Mandatory)] [string] $PesterManifest, [Parameter(Mandatory)] [string] $SummaryPath)
    $script = @'
$ErrorActionPreference = 'Stop'
Import-Module $env:POLVO_PESTER_MANIFEST
$config = New-PesterConfiguration
$config.Run.Path = 'tests/Pester'
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
if ([Console]::IsOutputRedirected) { $config.Output.RenderMode = 'Plaintext' }  # plain CI logs
$result = Invoke-Pester -Configuration $config
[pscustomobject]@{
    Passed  = $result.PassedCount
    Failed  = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    Skipped = $result.SkippedCount + $result.NotRunCount
    FailedTests = @($result.Failed | ForEach-Object { $_.ExpandedPath })
} | ConvertTo-Json | Set-Content -LiteralPath $env:POLVO_PESTER_SUMMARY
'@
    # Under 'dotnet pwsh' (the pinned dotnet tool) this process is dotnet running pwsh.dll; otherwise it is pwsh itself.
    # Start-Process -NoNewWindow hands the child this console, so Pester's output is shown as it runs (in colour at a
    # terminal) instead of becoming this function's output; -EncodedCommand needs no quoting.
    $process = [Environment]::ProcessPath
    $arguments = @('-NoProfile', '-NonInteractive', '-OutputFormat', 'Text', '-EncodedCommand', [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($script)))
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { $arguments = @("`"$(Join-Path $PSHOME 'pwsh.dll')`"") + $arguments }
    Remove-Item -LiteralPath $SummaryPath -ErrorAction SilentlyContinue
    $env:POLVO_PESTER_MANIFEST = $PesterManifest
    $env:POLVO_PESTER_SUMMARY = $SummaryPath
    try {
        $child = Start-Process -FilePath $process -ArgumentList $arguments -WorkingDirectory $script:RepoRoot -NoNewWindow -Wait -PassThru
    }
    finally {
        Remove-Item Env:POLVO_PESTER_MANIFEST, Env:POLVO_PESTER_SUMMARY -ErrorAction SilentlyContinue
    }
    if (-not (Test-Path -LiteralPath $SummaryPath)) {
        Write-Host "Pester did not finish (exit code $($child.ExitCode)): see the errors above."
        return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0; FailedTests = @() }
    }
    Get-Content -Raw -LiteralPath $SummaryPath | ConvertFrom-Json
}

Export-ModuleMember -Function Get-PolvoPesterVersion, Get-PolvoPesterManifest, Measure-PolvoTrx, Invoke-PolvoPester
