#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# -AsJob: a real job in PowerShell's job table (Get-Job, Wait-Job, Receive-Job, Stop-Job, Remove-Job), for reads and
# writes; a per-item error leaves the job Completed, a failure leaves it Failed, Stop-Job cancels a long job.
# A second emulator with --latency-ms makes the long job long (50 pages of one customer, 200 ms each).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-PolvoModule
    $emulator = Start-PolvoEmulator -SeedCustomers 250
    $slowEmulator = Start-PolvoEmulator -SeedCustomers 50 -LatencyMs 200

    # Connections for the explicit -Connection cases; the fast emulator's connection is made current last.
    $slowConnection = Connect-PolvoTestEmulator -Emulator $slowEmulator -PassThru
    $rejectedConnection = Connect-PolvoTestEmulator -Emulator $emulator -Key 'sk_test_rejected-key' -PassThru
    Connect-PolvoTestEmulator -Emulator $emulator

    # Every wait is bounded so that a hung job fails the test instead of the run.
    $waitSeconds = 60
}

AfterAll {
    Get-Job | Where-Object PSJobTypeName -eq 'PolvoJob' | Remove-Job -Force
    Disconnect-PolvoStripe
    $emulator, $slowEmulator | Stop-PolvoEmulator
}

Describe 'Get-PolvoStripeCustomer -AsJob' {
    AfterEach {
        Get-Job | Where-Object PSJobTypeName -eq 'PolvoJob' | Remove-Job -Force
    }

    It 'writes only a job to the pipeline, and the job is in Get-Job' {
        $output = @(Get-PolvoStripeCustomer -First 10 -AsJob)

        $output.Count | Should -Be 1
        $job = $output[0]
        $job | Should -BeOfType [System.Management.Automation.Job]
        $job.PSJobTypeName | Should -Be 'PolvoJob'
        (Get-Job -Id $job.Id).InstanceId | Should -Be $job.InstanceId
        $job.Command | Should -Match 'Get-PolvoStripeCustomer'
    }

    It 'Receive-Job after Wait-Job gives every customer, with its type name' {
        $job = Get-PolvoStripeCustomer -AsJob

        $null = $job | Wait-Job -Timeout $waitSeconds
        $items = @($job | Receive-Job)

        "$($job.State)" | Should -Be 'Completed'
        $items.Count | Should -Be 250
        @($items.Id | Select-Object -Unique).Count | Should -Be 250
        $items[0].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
        $job.HasMoreData | Should -BeFalse
    }

    It 'honours -First and -Skip inside the job' {
        $expected = @(Get-PolvoStripeCustomer -Skip 5 -First 7)

        $job = Get-PolvoStripeCustomer -Skip 5 -First 7 -AsJob
        $null = $job | Wait-Job -Timeout $waitSeconds

        @($job | Receive-Job).Id | Should -Be $expected.Id
    }

    It 'ids from the pipeline run as one job; a missing id is an error in the job, the others are output, and the job completes' {
        $known = @(Get-PolvoStripeCustomer -First 3)

        $job = $known.Id + 'cus_missing' | Get-PolvoStripeCustomer -AsJob
        $null = $job | Wait-Job -Timeout $waitSeconds
        $items = @($job | Receive-Job -ErrorAction SilentlyContinue -ErrorVariable jobErrors)

        "$($job.State)" | Should -Be 'Completed'
        @($items.Id | Sort-Object) | Should -Be @($known.Id | Sort-Object)
        $jobErrors.Count | Should -Be 1
        $jobErrors[0].FullyQualifiedErrorId | Should -BeLike 'resource_missing*'
        $jobErrors[0].TargetObject | Should -Be 'cus_missing'
    }

    It 'a request failure ends the job Failed, with the error in its Error stream and no key in the status' {
        $job = Get-PolvoStripeCustomer -Connection $rejectedConnection -AsJob

        $null = $job | Wait-Job -Timeout $waitSeconds

        "$($job.State)" | Should -Be 'Failed'
        $job.Error.Count | Should -BeGreaterOrEqual 1
        $job.Error[0].FullyQualifiedErrorId | Should -BeLike 'api_key_invalid*'
        $job.Error[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $job.StatusMessage | Should -Not -Match 'rejected-key'
        $job.Error[0].Exception.Message | Should -Not -Match 'rejected-key'
    }

    It 'Stop-Job cancels a long job, which ends Stopped with only part of the output' {
        $job = Get-PolvoStripeCustomer -PageSize 1 -Connection $slowConnection -AsJob

        Stop-Job -Job $job
        $null = $job | Wait-Job -Timeout $waitSeconds

        "$($job.State)" | Should -Be 'Stopped'
        @($job | Receive-Job -ErrorAction SilentlyContinue).Count | Should -BeLessThan 50
    }

    It 'Remove-Job -Force removes a running job from the job table' {
        $job = Get-PolvoStripeCustomer -PageSize 1 -Connection $slowConnection -AsJob

        $job | Remove-Job -Force

        Get-Job -Id $job.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'Write cmdlets and Invoke-PolvoStripeRequest -AsJob' {
    AfterEach {
        Get-Job | Where-Object PSJobTypeName -eq 'PolvoJob' | Remove-Job -Force
    }

    It 'Import-Csv | New-PolvoStripeCustomer -AsJob creates every row in one job' {
        $csv = Join-Path $TestDrive 'job-customers.csv'
        1..5 | ForEach-Object { [pscustomobject]@{ Email = (New-TestEmail 'job'); Name = "Job $_" } } | Export-Csv -LiteralPath $csv

        $output = @(Import-Csv -LiteralPath $csv | New-PolvoStripeCustomer -ThrottleLimit 3 -AsJob)
        $null = $output[0] | Wait-Job -Timeout $waitSeconds
        $created = @($output[0] | Receive-Job)

        $output.Count | Should -Be 1
        "$($output[0].State)" | Should -Be 'Completed'
        @($created.Email | Sort-Object) | Should -Be @((Import-Csv -LiteralPath $csv).Email | Sort-Object)
        foreach ($customer in $created) {
            (Get-PolvoStripeCustomer -Id $customer.Id).Email | Should -Be $customer.Email
        }
    }

    It 'Set-PolvoStripeCustomer -AsJob updates in the background' {
        $customer = New-PolvoStripeCustomer -Email (New-TestEmail 'jobset')

        $job = $customer | Set-PolvoStripeCustomer -Metadata @{ tier = 'gold' } -PassThru -AsJob
        $null = $job | Wait-Job -Timeout $waitSeconds

        "$($job.State)" | Should -Be 'Completed'
        (@($job | Receive-Job))[0].Metadata['tier'] | Should -Be 'gold'
        (Get-PolvoStripeCustomer -Id $customer.Id).Metadata['tier'] | Should -Be 'gold'
    }

    It 'Remove-PolvoStripeCustomer -WhatIf -AsJob starts no job and deletes nothing' {
        $customer = New-PolvoStripeCustomer -Email (New-TestEmail 'jobwhatif')

        $output = Remove-PolvoStripeCustomer -Id $customer.Id -WhatIf -AsJob

        $output | Should -BeNullOrEmpty
        (Get-PolvoStripeCustomer -Id $customer.Id).Id | Should -Be $customer.Id
    }

    It 'Invoke-PolvoStripeRequest -All -AsJob streams a list in the background' {
        $job = Invoke-PolvoStripeRequest GET '/v1/customers' @{ limit = 100 } -All -AsJob
        $null = $job | Wait-Job -Timeout $waitSeconds

        "$($job.State)" | Should -Be 'Completed'
        @($job | Receive-Job).Count | Should -BeGreaterOrEqual 250
    }
}
