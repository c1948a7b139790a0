# build.ps1's test steps (build/Polvo.Build.psm1): the pinned Pester is found through NuGet or the error says how to
# restore it, and the xunit counts are summed over every test project's TRX file.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../build/Polvo.Build.psm1') -Force
}

Describe 'Get-PolvoPesterManifest' {
    It 'finds the pinned Pester in the NuGet global packages folder' {
        $manifest = Get-PolvoPesterManifest

        $manifest | Should -Exist
        $manifest | Should -BeLike "*pester*$(Get-PolvoPesterVersion)*Pester.psd1"
        (Import-PowerShellDataFile $manifest).ModuleVersion | Should -Be (Get-PolvoPesterVersion)
    }

    It 'reads the version from Directory.Packages.props, where it is defined once' {
        $props = Get-Content -Raw (Join-Path $PSScriptRoot '../../Directory.Packages.props')

        $props | Should -Match "<PesterVersion>$([regex]::Escape((Get-PolvoPesterVersion)))</PesterVersion>"
        Get-PolvoPesterVersion | Should -Match '^\d+\.\d+\.\d+$'
    }

    It 'says how to restore Pester when the package is missing' {
        $empty = New-Item -ItemType Directory (Join-Path $TestDrive 'packages')

        $failure = { Get-PolvoPesterManifest -PackagesFolder $empty.FullName -Version '5.7.1' } | Should -Throw -PassThru

        $failure.Exception.Message | Should -BeLike "Pester 5.7.1 is missing*"
        $failure.Exception.Message | Should -BeLike "*dotnet restore tests/Polvo.PowerShell.Tests*"
    }
}

Describe 'Measure-PolvoTrx' {
    It 'sums passed, failed (with errors, timeouts and aborts) and skipped over every TRX file' {
        $dir = New-Item -ItemType Directory (Join-Path $TestDrive 'trx')
        $trx = '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><ResultSummary outcome="Failed">' +
            '<Counters total="{0}" passed="{1}" failed="{2}" error="{3}" timeout="0" aborted="0" notExecuted="{4}" /></ResultSummary></TestRun>'
        Set-Content (Join-Path $dir 'a.trx') ($trx -f 12, 10, 1, 1, 0)
        Set-Content (Join-Path $dir 'b.trx') ($trx -f 31, 30, 0, 0, 1)

        $counts = Measure-PolvoTrx $dir.FullName

        $counts.Passed | Should -Be 40
        $counts.Failed | Should -Be 2
        $counts.Skipped | Should -Be 1
        $counts.Files | Should -Be 2
    }

    It 'names each failed test with the first line of its message' {
        $dir = New-Item -ItemType Directory (Join-Path $TestDrive 'named')
        Set-Content (Join-Path $dir 'c.trx') ('<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>' +
            '<UnitTestResult testName="A.Passes" outcome="Passed" />' +
            '<UnitTestResult testName="A.Fails" outcome="Failed"><Output><ErrorInfo><Message>Assert.Equal() Failure' + "`n" +
            'Expected: 1</Message></ErrorInfo></Output></UnitTestResult></Results><ResultSummary outcome="Failed">' +
            '<Counters total="2" passed="1" failed="1" error="0" timeout="0" aborted="0" notExecuted="0" /></ResultSummary></TestRun>')

        $counts = Measure-PolvoTrx $dir.FullName

        $counts.FailedTests | Should -Be @('A.Fails: Assert.Equal() Failure')
    }

    It 'counts nothing in a folder without TRX files' {
        $counts = Measure-PolvoTrx (Join-Path $TestDrive 'none')

        $counts.Passed + $counts.Failed + $counts.Skipped | Should -Be 0
    }
}
