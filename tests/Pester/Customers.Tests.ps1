#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Customers against the emulator (250 seeded customers, customer1..250@example.com, newest first): listing, filters,
# ids from the pipeline, search, paging parameters, early stop, errors, the write cmdlets with objects, hashtables and
# CSV, -WhatIf/-Confirm, output type names, the default table and an Export-Csv round trip.
# The read-only Describe blocks come first: Pester runs blocks in file order, and the exact counts there assume
# that nothing was created yet. Everything a test creates uses a unique email address.

BeforeDiscovery {
    # -Parallel (partitioned export) arrives with the throughput work; its cases are generated once the parameter exists.
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-PolvoModule
    $parallelCases = @(
        if ((Get-Command Get-PolvoStripeCustomer).Parameters.ContainsKey('Parallel')) { @{ Partitions = 8 } }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-PolvoModule
    $emulator = Start-PolvoEmulator -SeedCustomers 250
    Connect-PolvoTestEmulator -Emulator $emulator
    $seededCount = 250
}

AfterAll {
    Disconnect-PolvoStripe
    $emulator | Stop-PolvoEmulator
}

Describe 'Get-PolvoStripeCustomer lists customers' {
    It 'streams every customer, newest first, as Polvo.Stripe.Customer objects' {
        $all = @(Get-PolvoStripeCustomer)

        $all.Count | Should -Be $seededCount
        @($all.Id | Select-Object -Unique).Count | Should -Be $seededCount
        $all[0].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
        $all[0].Email | Should -Be 'customer250@example.com'
        $all[-1].Email | Should -Be 'customer1@example.com'
        $all[0].Created | Should -BeGreaterOrEqual $all[-1].Created
    }

    It 'requests one page of -PageSize customers at a time (-Verbose shows each request)' {
        $records = Get-PolvoStripeCustomer -PageSize 100 -Verbose 4>&1

        @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be $seededCount
        $requests = Get-StripeRequestLine -Records $records -Path '/v1/customers'
        $requests.Count | Should -Be 3
        $requests[0] | Should -Match 'limit=100'
        $requests[0] | Should -Match '-> 200 in \d+ ms'
    }

    It '-Email returns only the customer with that address' {
        $found = @(Get-PolvoStripeCustomer -Email 'customer42@example.com')

        $found.Count | Should -Be 1
        $found[0].Email | Should -Be 'customer42@example.com'
        $found[0].Metadata['seed_index'] | Should -Be '42'
    }

    It '-CreatedAfter and -CreatedBefore bound the creation time' {
        $newest = @(Get-PolvoStripeCustomer -First 20)
        $after = $newest[9].Created
        $before = $newest[2].Created

        $window = @(Get-PolvoStripeCustomer -CreatedAfter $after.UtcDateTime -CreatedBefore $before.UtcDateTime)

        $window.Count | Should -BeGreaterOrEqual 8
        $window.Id | Should -Contain $newest[5].Id
        foreach ($customer in $window) {
            $customer.Created | Should -BeGreaterOrEqual $after
            $customer.Created | Should -BeLessOrEqual $before
        }
    }

    It '-CreatedAfter later than -CreatedBefore is one InvalidArgument error' {
        $now = [DateTime]::UtcNow
        $failure = { Get-PolvoStripeCustomer -CreatedAfter $now -CreatedBefore $now.AddDays(-1) } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'

        $failure.Exception.Message | Should -Match 'CreatedAfter'
    }

    It '-PageSize <Size> is rejected by parameter validation' -ForEach @(@{ Size = 0 }, @{ Size = 101 }) {
        $failure = { Get-PolvoStripeCustomer -PageSize $Size } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
    }
}

Describe 'Paging parameters and early stop' {
    It '-First 5 returns five customers from one request for five' {
        $records = Get-PolvoStripeCustomer -First 5 -Verbose 4>&1

        @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 5
        # @() keeps one request line an array: without it $requests[0] is the line's first character.
        $requests = @(Get-StripeRequestLine -Records $records -Path '/v1/customers')
        $requests.Count | Should -Be 1
        $requests[0] | Should -Match 'limit=5\b'
    }

    It '-Skip 2 -First 3 returns the third to fifth customers' {
        $firstFive = @(Get-PolvoStripeCustomer -First 5)

        $page = @(Get-PolvoStripeCustomer -Skip 2 -First 3 -PageSize 2)

        $page.Id | Should -Be $firstFive[2..4].Id
    }

    It '-IncludeTotalCount on a list writes an unknown total first' {
        $output = @(Get-PolvoStripeCustomer -First 2 -IncludeTotalCount)

        $output.Count | Should -Be 3
        $output[0].Accuracy | Should -Be 0
        $output[0].PSObject.BaseObject | Should -BeOfType [UInt64]
        $output[1].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
    }

    It '-IncludeTotalCount on a search writes the exact total first' {
        $output = @(Get-PolvoStripeCustomer -Query 'email:"customer7@example.com"' -IncludeTotalCount)

        $output.Count | Should -Be 2
        $output[0].Accuracy | Should -Be 1
        [UInt64] $output[0].PSObject.BaseObject | Should -Be 1
        $output[1].Email | Should -Be 'customer7@example.com'
    }

    It 'Select-Object -First 5 stops the requests after the page holding the fifth customer, without an error' {
        $records = . {
            Get-PolvoStripeCustomer -PageSize 3 -Verbose -ErrorVariable getErrors | Select-Object -First 5
        } 4>&1

        $customers = @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $customers.Count | Should -Be 5
        $customers[0].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
        $requests = Get-StripeRequestLine -Records $records -Path '/v1/customers'
        $requests.Count | Should -Be 2 -Because 'pages of 3: the fifth customer is on page 2, so page 3 is never requested'
        $getErrors | Should -BeNullOrEmpty
    }
}

Describe 'Get-PolvoStripeCustomer -Id' {
    BeforeAll {
        $known = @(Get-PolvoStripeCustomer -First 3)
    }

    It 'gets the customers of -Id' {
        $found = @(Get-PolvoStripeCustomer -Id $known[0].Id, $known[1].Id)

        @($found.Id | Sort-Object) | Should -Be @($known[0].Id, $known[1].Id | Sort-Object)
        $found[0].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
    }

    It 'takes id strings from the pipeline (by value)' {
        $found = @($known.Id | Get-PolvoStripeCustomer)

        @($found.Id | Sort-Object) | Should -Be @($known.Id | Sort-Object)
    }

    It 'takes the Id property of piped objects (by property name)' {
        $found = @($known | Get-PolvoStripeCustomer)

        @($found.Id | Sort-Object) | Should -Be @($known.Id | Sort-Object)
    }

    It 'takes the CustomerId property of piped objects (alias)' {
        $found = @([pscustomobject]@{ CustomerId = $known[2].Id } | Get-PolvoStripeCustomer)

        $found.Count | Should -Be 1
        $found[0].Id | Should -Be $known[2].Id
    }

    It 'a missing id is one non-terminating resource_missing error and the other ids go on' {
        $found = @('cus_missing', $known[0].Id | Get-PolvoStripeCustomer -ErrorAction SilentlyContinue -ErrorVariable lookupErrors)

        $found.Count | Should -Be 1
        $found[0].Id | Should -Be $known[0].Id
        $lookupErrors.Count | Should -Be 1
        $lookupErrors[0].FullyQualifiedErrorId | Should -BeLike 'resource_missing,*'
        $lookupErrors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $lookupErrors[0].TargetObject | Should -Be 'cus_missing'
        $lookupErrors[0].ErrorDetails.Message | Should -Match 'request id: req_'
        $lookupErrors[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It '-Expand asks for the expanded fields' {
        $records = Get-PolvoStripeCustomer -Id $known[0].Id -Expand 'default_source' -Verbose 4>&1

        @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 1
        (Get-StripeRequestLine -Records $records -Path "/v1/customers/$($known[0].Id)") | Should -Match 'expand'
    }
}

Describe 'Get-PolvoStripeCustomer -Query' {
    It 'finds a customer by email' {
        $found = @(Get-PolvoStripeCustomer -Query 'email:"customer42@example.com"')

        $found.Count | Should -Be 1
        $found[0].Email | Should -Be 'customer42@example.com'
        $found[0].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
    }

    It 'follows the pages of a search with many matches' {
        # The seeded name most customers share, so the search spans several pages of two.
        $group = Get-PolvoStripeCustomer | Group-Object Name | Sort-Object Count -Descending | Select-Object -First 1
        $name = $group.Name
        $expected = @($group.Group)
        $expected.Count | Should -BeGreaterThan 2

        $records = Get-PolvoStripeCustomer -Query "name:`"$name`"" -PageSize 2 -Verbose 4>&1

        $found = @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        @($found.Id | Sort-Object) | Should -Be @($expected.Id | Sort-Object)
        (Get-StripeRequestLine -Records $records -Path '/v1/customers/search').Count |
            Should -Be ([Math]::Max(1, [Math]::Ceiling($expected.Count / 2)))
    }
}

Describe 'New-PolvoStripeCustomer' {
    It 'creates a customer from parameters, with -Metadata values as strings' {
        $email = New-TestEmail 'new'

        $created = New-PolvoStripeCustomer -Email $email -Name 'Pester One' -Description 'from a test' -Phone '+15555550100' -Metadata @{ tier = 'gold'; visits = 3 }

        $created.PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
        $created.Id | Should -Match '^cus_'
        $created.Email | Should -Be $email
        $created.Name | Should -Be 'Pester One'
        $created.Phone | Should -Be '+15555550100'
        $created.Metadata['tier'] | Should -Be 'gold'
        $created.Metadata['visits'] | Should -Be '3'
        (Get-PolvoStripeCustomer -Email $email).Id | Should -Be $created.Id
    }

    It 'creates one customer per hashtable (splatted)' {
        $rows = @(
            @{ Email = (New-TestEmail 'splat'); Name = 'Splat A'; Metadata = @{ source = 'splat' } }
            @{ Email = (New-TestEmail 'splat'); Name = 'Splat B' }
        )

        $created = @($rows | ForEach-Object { New-PolvoStripeCustomer @_ })

        @($created.Email | Sort-Object) | Should -Be @($rows.Email | Sort-Object)
        ($created | Where-Object Name -eq 'Splat A').Metadata['source'] | Should -Be 'splat'
    }

    It 'creates one customer per piped object, binding Email, Name, Description, Phone and Metadata by property name' {
        $rows = 1..3 | ForEach-Object {
            [pscustomobject]@{ Email = (New-TestEmail 'object'); Name = "Object $_"; Description = "row $_"; Phone = "+1555000000$_"; Metadata = @{ row = $_ } }
        }

        $created = @($rows | New-PolvoStripeCustomer)

        $created.Count | Should -Be 3
        foreach ($row in $rows) {
            $match = $created | Where-Object Email -eq $row.Email
            $match.Name | Should -Be $row.Name
            $match.Description | Should -Be $row.Description
            $match.Phone | Should -Be $row.Phone
            $match.Metadata['row'] | Should -Be "$($row.Metadata.row)"
        }
    }

    It 'creates customers from Import-Csv with -ThrottleLimit' {
        $csv = Join-Path $TestDrive 'new-customers.csv'
        1..12 | ForEach-Object { [pscustomobject]@{ Email = (New-TestEmail 'csv'); Name = "Csv $_"; Description = "csv row $_" } } |
            Export-Csv -LiteralPath $csv

        $created = @(Import-Csv -LiteralPath $csv | New-PolvoStripeCustomer -ThrottleLimit 4)

        $rows = Import-Csv -LiteralPath $csv
        $created.Count | Should -Be 12
        @($created.Email | Sort-Object) | Should -Be @($rows.Email | Sort-Object)
        ($created | Where-Object Email -eq $rows[3].Email).Description | Should -Be 'csv row 4'
    }

    It 'creates customers from Import-Csv with a Metadata column of key=value text, JSON or nothing' {
        $csv = Join-Path $TestDrive 'metadata-customers.csv'
        $rows = @(
            [pscustomobject]@{ Email = (New-TestEmail 'csvpairs'); Name = 'Pairs'; Metadata = 'tier=gold; source=csv;note=a\;b' }
            [pscustomobject]@{ Email = (New-TestEmail 'csvjson'); Name = 'Json'; Metadata = '{"tier":"silver","seats":5}' }
            [pscustomobject]@{ Email = (New-TestEmail 'csvnone'); Name = 'None'; Metadata = '' }
        )
        $rows | Export-Csv -LiteralPath $csv

        $created = @(Import-Csv -LiteralPath $csv | New-PolvoStripeCustomer -ErrorVariable csvErrors)

        $csvErrors | Should -BeNullOrEmpty
        $created.Count | Should -Be 3
        $pairs = $created | Where-Object Email -eq $rows[0].Email
        $pairs.Metadata['tier'] | Should -Be 'gold'
        $pairs.Metadata['source'] | Should -Be 'csv'
        $pairs.Metadata['note'] | Should -Be 'a;b'
        $json = $created | Where-Object Email -eq $rows[1].Email
        $json.Metadata['tier'] | Should -Be 'silver'
        $json.Metadata['seats'] | Should -Be '5'
        ($created | Where-Object Email -eq $rows[2].Email).Metadata.Count | Should -Be 0
    }

    It 'a malformed Metadata cell fails its row with an error naming -Metadata, and the other rows are created' {
        $good = New-TestEmail 'metagood'
        $rows = @(
            [pscustomobject]@{ Email = (New-TestEmail 'metabad'); Metadata = 'gold' }
            [pscustomobject]@{ Email = $good; Metadata = 'tier=gold' }
        )

        $created = @($rows | New-PolvoStripeCustomer -ErrorAction SilentlyContinue -ErrorVariable metadataErrors)

        $created.Count | Should -Be 1
        $created[0].Email | Should -Be $good
        $created[0].Metadata['tier'] | Should -Be 'gold'
        $metadataErrors.Count | Should -Be 1
        $metadataErrors[0].ToString() | Should -Match "-Metadata is not valid: 'gold' has no '='"
    }

    It 'a bad row is one email_invalid error and the other rows are created' {
        $good = New-TestEmail 'good'
        $rows = @([pscustomobject]@{ Email = 'not-an-email' }, [pscustomobject]@{ Email = $good })

        $created = @($rows | New-PolvoStripeCustomer -ErrorAction SilentlyContinue -ErrorVariable createErrors)

        $created.Count | Should -Be 1
        $created[0].Email | Should -Be $good
        $createErrors.Count | Should -Be 1
        $createErrors[0].FullyQualifiedErrorId | Should -BeLike 'email_invalid,*'
        $createErrors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It '-WhatIf creates nothing' {
        $email = New-TestEmail 'whatif'

        $output = New-PolvoStripeCustomer -Email $email -WhatIf

        $output | Should -BeNullOrEmpty
        Get-PolvoStripeCustomer -Email $email | Should -BeNullOrEmpty
    }

    It '-IdempotencyKey makes a repeated create return the same customer instead of a duplicate' {
        $email = New-TestEmail 'idem'
        $key = "pester-$([guid]::NewGuid())"

        $first = New-PolvoStripeCustomer -Email $email -IdempotencyKey $key
        $second = New-PolvoStripeCustomer -Email $email -IdempotencyKey $key

        $second.Id | Should -Be $first.Id
        @(Get-PolvoStripeCustomer -Email $email).Count | Should -Be 1
    }
}

Describe 'Set-PolvoStripeCustomer' {
    BeforeEach {
        $email = New-TestEmail 'set'
        $customer = New-PolvoStripeCustomer -Email $email -Name 'Before' -Metadata @{ plan = 'basic' }
    }

    It 'updates fields and merges -Metadata into the existing keys' {
        $updated = Set-PolvoStripeCustomer -Id $customer.Id -Name 'After' -Metadata @{ tier = 'gold' } -PassThru

        $updated.PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
        $updated.Name | Should -Be 'After'
        $updated.Metadata['tier'] | Should -Be 'gold'
        $updated.Metadata['plan'] | Should -Be 'basic'
        (Get-PolvoStripeCustomer -Id $customer.Id).Name | Should -Be 'After'
    }

    It 'removes a metadata key given an empty value' {
        $updated = Set-PolvoStripeCustomer -Id $customer.Id -Metadata @{ plan = '' } -PassThru

        $updated.Metadata.ContainsKey('plan') | Should -BeFalse
    }

    It 'updates the customers piped from Get-PolvoStripeCustomer -Email' {
        $updated = @(Get-PolvoStripeCustomer -Email $email | Set-PolvoStripeCustomer -Metadata @{ tier = 'gold' } -PassThru)

        $updated.Count | Should -Be 1
        $updated[0].Id | Should -Be $customer.Id
        $updated[0].Metadata['tier'] | Should -Be 'gold'
        $updated[0].Name | Should -Be 'Before'
    }

    It 'a piped Get-PolvoStripeCustomer object supplies its id only: its other properties are never re-sent' {
        $fetched = Get-PolvoStripeCustomer -Id $customer.Id
        $fetched.Metadata['tier'] = 'silver'
        $fetched.Name = 'Stale'

        $updated = $fetched | Set-PolvoStripeCustomer -Description 'only this' -PassThru

        $updated.Description | Should -Be 'only this'
        $updated.Name | Should -Be 'Before'
        $updated.Metadata.ContainsKey('tier') | Should -BeFalse
    }

    It 'sends the Metadata hashtable of a piped PSCustomObject' {
        $updated = [pscustomobject]@{ Id = $customer.Id; Metadata = @{ source = 'pipeline' } } | Set-PolvoStripeCustomer -PassThru

        $updated.Metadata['source'] | Should -Be 'pipeline'
        $updated.Metadata['plan'] | Should -Be 'basic'
    }

    It 'updates every customer a search finds' {
        $cohort = [guid]::NewGuid().ToString('n')
        $members = 1..3 | ForEach-Object { New-PolvoStripeCustomer -Email (New-TestEmail 'cohort') -Metadata @{ cohort = $cohort } }

        $updated = @(Get-PolvoStripeCustomer -Query "metadata['cohort']:'$cohort'" | Set-PolvoStripeCustomer -Description 'migrated' -PassThru)

        @($updated.Id | Sort-Object) | Should -Be @($members.Id | Sort-Object)
        foreach ($member in $members) {
            (Get-PolvoStripeCustomer -Id $member.Id).Description | Should -Be 'migrated'
        }
    }

    It '-WhatIf changes nothing' {
        $output = Set-PolvoStripeCustomer -Id $customer.Id -Name 'Changed' -WhatIf

        $output | Should -BeNullOrEmpty
        (Get-PolvoStripeCustomer -Id $customer.Id).Name | Should -Be 'Before'
    }

    It 'a missing id is one resource_missing error and the other items are updated' {
        $items = [pscustomobject]@{ Id = 'cus_missing' }, [pscustomobject]@{ Id = $customer.Id }

        $updated = @($items | Set-PolvoStripeCustomer -Description 'touched' -PassThru -ErrorAction SilentlyContinue -ErrorVariable setErrors)

        $updated.Count | Should -Be 1
        $updated[0].Id | Should -Be $customer.Id
        $setErrors.Count | Should -Be 1
        $setErrors[0].FullyQualifiedErrorId | Should -BeLike 'resource_missing,*'
        $setErrors[0].TargetObject | Should -Be 'cus_missing'
    }

    It '-Metadata with an empty key is an InvalidArgument error naming -Metadata' {
        $output = Set-PolvoStripeCustomer -Id $customer.Id -Metadata @{ '' = 'x' } -ErrorAction SilentlyContinue -ErrorVariable setErrors

        $output | Should -BeNullOrEmpty
        $setErrors.Count | Should -Be 1
        $setErrors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'
        $setErrors[0].Exception.Message | Should -Match '-Metadata'
    }
}

Describe 'Remove-PolvoStripeCustomer' {
    BeforeEach {
        $email = New-TestEmail 'remove'
        $customer = New-PolvoStripeCustomer -Email $email
    }

    It 'is ConfirmImpact High (asks first unless -Force or -Confirm:$false)' {
        $attribute = (Get-Command Remove-PolvoStripeCustomer).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]

        $attribute.ConfirmImpact | Should -Be 'High'
        $attribute.SupportsShouldProcess | Should -BeTrue
    }

    It '-Force deletes without asking; -PassThru returns the deleted marker' {
        $deleted = Remove-PolvoStripeCustomer -Id $customer.Id -Force -PassThru

        $deleted.PSTypeNames | Should -Contain 'Polvo.Stripe.DeletedObject'
        $deleted.Id | Should -Be $customer.Id
        $deleted.Deleted | Should -BeTrue
        # Like Stripe, the emulator answers a GET of a deleted customer with 200 and {id, object, deleted: true},
        # and no longer lists it.
        $afterwards = Invoke-PolvoStripeRequest GET "/v1/customers/$($customer.Id)"
        $afterwards.id | Should -Be $customer.Id
        $afterwards.deleted | Should -BeTrue
        Get-PolvoStripeCustomer -Email $email | Should -BeNullOrEmpty
        # Stripe answers a GET of a deleted customer with its deleted marker (200), as the emulator does.
        $again = Get-PolvoStripeCustomer -Id $customer.Id
        $again.PSTypeNames[0] | Should -Be 'Polvo.Stripe.DeletedCustomer'
        $again.Deleted | Should -BeTrue
        $again.PSObject.Properties.Name | Should -Not -Contain 'Created'
    }

    It '-Confirm:$false deletes the customers piped from Get-PolvoStripeCustomer' {
        $deleted = @(Get-PolvoStripeCustomer -Email $email | Remove-PolvoStripeCustomer -Confirm:$false -PassThru)

        $deleted.Count | Should -Be 1
        $deleted[0].Id | Should -Be $customer.Id
        Get-PolvoStripeCustomer -Email $email | Should -BeNullOrEmpty
    }

    It '-WhatIf deletes nothing<Suffix>' -ForEach @(
        @{ Suffix = ''; Splat = @{} }
        @{ Suffix = ', even with -Force'; Splat = @{ Force = $true } }
    ) {
        $output = Remove-PolvoStripeCustomer -Id $customer.Id -WhatIf @Splat

        $output | Should -BeNullOrEmpty
        (Get-PolvoStripeCustomer -Id $customer.Id).Id | Should -Be $customer.Id
    }

    It 'a missing id is an ObjectNotFound error' {
        $output = Remove-PolvoStripeCustomer -Id 'cus_missing' -Force -ErrorAction SilentlyContinue -ErrorVariable removeErrors

        $output | Should -BeNullOrEmpty
        $removeErrors.Count | Should -Be 1
        $removeErrors[0].FullyQualifiedErrorId | Should -BeLike 'resource_missing,*'
        $removeErrors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $removeErrors[0].TargetObject | Should -Be 'cus_missing'
    }
}

Describe 'Customer output' {
    It 'declares its output type' {
        (Get-Command Get-PolvoStripeCustomer).OutputType.Name | Should -Contain 'Polvo.Stripe.Entities.Customer'
    }

    It 'shows Id, Email, Name and Created (as a local date) in the default table' {
        $customer = Get-PolvoStripeCustomer -Email 'customer42@example.com'

        $lines = @(($customer | Out-String -Width 250) -split '\r?\n' | Where-Object { $_.Trim() })

        ($lines[0].Trim() -split '\s+') | Should -Be @('Id', 'Email', 'Name', 'Created')
        $lines[2] | Should -Match ([regex]::Escape($customer.Id))
        $lines[2] | Should -Match ([regex]::Escape('customer42@example.com'))
        # Created is the local DateTime (culture-formatted), not the raw DateTimeOffset with its "+00:00".
        $lines[2] | Should -Match "\b$($customer.Created.LocalDateTime.Year)\b"
        $lines[2].TrimEnd() | Should -Not -Match '[+-]\d{2}:\d{2}$'
        $lines[0] | Should -Not -Match 'Balance'
    }

    It 'round-trips through Export-Csv and Import-Csv, and the CSV ids pipe back into Get-PolvoStripeCustomer' {
        $path = Join-Path $TestDrive 'customers.csv'
        $exported = @(Get-PolvoStripeCustomer -First 10)

        $exported | Export-Csv -LiteralPath $path
        $rows = @(Import-Csv -LiteralPath $path)
        $again = @($rows | Get-PolvoStripeCustomer)

        $rows.Count | Should -Be 10
        $rows.Id | Should -Be $exported.Id
        $rows.Email | Should -Be $exported.Email
        $rows[0].PSObject.Properties.Name | Should -Contain 'Created'
        @($again.Id | Sort-Object) | Should -Be @($exported.Id | Sort-Object)
    }
}

Describe 'Get-PolvoStripeCustomer -Parallel -ThrottleLimit <Partitions>' -ForEach $parallelCases {
    It 'returns every customer exactly once' {
        $sequential = @(Get-PolvoStripeCustomer)

        $parallel = @(Get-PolvoStripeCustomer -Parallel -ThrottleLimit $Partitions)

        $parallel.Count | Should -Be $sequential.Count
        @($parallel.Id | Sort-Object -Unique).Count | Should -Be $sequential.Count
        @($parallel.Id | Sort-Object) | Should -Be @($sequential.Id | Sort-Object)
        $parallel[0].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
    }

    It 'exports to CSV' {
        $path = Join-Path $TestDrive 'parallel.csv'

        Get-PolvoStripeCustomer -Parallel -ThrottleLimit $Partitions | Export-Csv -LiteralPath $path

        @(Import-Csv -LiteralPath $path).Count | Should -Be @(Get-PolvoStripeCustomer).Count
    }
}
