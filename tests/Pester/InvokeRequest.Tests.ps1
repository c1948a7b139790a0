#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Invoke-PolvoStripeRequest against the emulator: GET/POST/DELETE on any path with Stripe's field names, nested
# -Body parameters, idempotent POSTs, -All paging of lists and searches, typed output for the models Polvo knows,
# and its errors.
# The -All Describe comes first: its exact counts assume that nothing was created yet.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-PolvoModule
    $emulator = Start-PolvoEmulator -SeedCustomers 250
    Connect-PolvoTestEmulator -Emulator $emulator
}

AfterAll {
    Disconnect-PolvoStripe
    $emulator | Stop-PolvoEmulator
}

Describe 'Invoke-PolvoStripeRequest -All' {
    It 'streams every item of a list, following its pages' {
        $records = Invoke-PolvoStripeRequest -Method GET -Path '/v1/customers' -Body @{ limit = 100 } -All -Verbose 4>&1

        $items = @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $items.Count | Should -Be 250
        @($items.id | Select-Object -Unique).Count | Should -Be 250
        $items[0].object | Should -Be 'customer'
        (Get-StripeRequestLine -Records $records -Path '/v1/customers').Count | Should -Be 3
    }

    It 'streams every match of a search' {
        $items = @(Invoke-PolvoStripeRequest GET '/v1/customers/search' @{ query = 'email:"customer9@example.com"' } -All)

        $items.Count | Should -Be 1
        $items[0].email | Should -Be 'customer9@example.com'
    }

    It 'ends quietly when Select-Object -First has enough items (the pipeline stop is not an error)' {
        $items = @(Invoke-PolvoStripeRequest GET '/v1/customers' @{ limit = 10 } -All -ErrorVariable rawErrors | Select-Object -First 15)

        $items.Count | Should -Be 15
        @($items.id | Select-Object -Unique).Count | Should -Be 15
        $rawErrors | Should -BeNullOrEmpty
    }

    It 'Select-Object -First 5 stops the requests after the page holding the fifth item, as Get-PolvoStripeCustomer does' {
        $records = . {
            Invoke-PolvoStripeRequest GET '/v1/customers' @{ limit = 3 } -All -Verbose -ErrorVariable rawErrors | Select-Object -First 5
        } 4>&1

        $items = @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $items.Count | Should -Be 5
        $requests = Get-StripeRequestLine -Records $records -Path '/v1/customers'
        $requests.Count | Should -Be 2 -Because 'pages of 3, read one at a time: the fifth item is on page 2, so page 3 is never requested'
        $rawErrors | Should -BeNullOrEmpty
    }

    It 'rejects -All with POST as one InvalidArgument error' {
        $failure = { Invoke-PolvoStripeRequest -Method POST -Path '/v1/customers' -All } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'

        $failure.Exception.Message | Should -Match '-All'
    }
}

Describe 'Invoke-PolvoStripeRequest' {
    It 'GET returns the JSON object with Stripe''s field names, without -All the list envelope' {
        $list = Invoke-PolvoStripeRequest -Method GET -Path '/v1/customers' -Body @{ limit = 3 }

        $list.object | Should -Be 'list'
        @($list.data).Count | Should -Be 3
        $list.has_more | Should -BeTrue

        $one = Invoke-PolvoStripeRequest GET "/v1/customers/$($list.data[0].id)"
        $one.id | Should -Be $list.data[0].id
        $one.email | Should -Match '^customer\d+@example\.com$'
        $one.metadata.seed_index | Should -Match '^\d+$'
    }

    It 'writes a model Polvo knows as the Get- cmdlets do: type name, table and pipeline binding' {
        $customer = Invoke-PolvoStripeRequest POST '/v1/customers' @{ email = (New-TestEmail 'typed') }

        $customer.PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
        ($customer | Out-String -Width 80) | Should -Be (Get-PolvoStripeCustomer -Id $customer.Id | Out-String -Width 80)
        (Invoke-PolvoStripeRequest GET "/v1/customers/$($customer.Id)" | Get-PolvoStripeCustomer).Id | Should -Be $customer.Id
        (Invoke-PolvoStripeRequest GET '/v1/customers' @{ limit = 2 }).data[0].PSTypeNames[0] | Should -Be 'Polvo.Stripe.Customer'
    }

    It 'POST sends nested -Body parameters (metadata) and returns the created object' {
        $email = New-TestEmail 'raw'

        $created = Invoke-PolvoStripeRequest -Method POST -Path '/v1/customers' -Body @{ email = $email; name = 'Raw'; metadata = @{ plan = 'pro'; seats = 5 } }

        $created.id | Should -Match '^cus_'
        $created.email | Should -Be $email
        $created.metadata.plan | Should -Be 'pro'
        $created.metadata.seats | Should -Be '5'
        (Get-PolvoStripeCustomer -Id $created.id).Metadata['plan'] | Should -Be 'pro'
    }

    It 'keeps JSON integers as [long]' {
        $customer = Invoke-PolvoStripeRequest POST '/v1/customers' @{ email = (New-TestEmail 'amount') }

        $charge = Invoke-PolvoStripeRequest POST '/v1/charges' @{ amount = 2500; currency = 'usd'; customer = $customer.id }

        $charge.amount | Should -BeOfType [long]
        $charge.amount | Should -Be 2500
        $charge.customer | Should -Be $customer.id
    }

    It 'POST with -IdempotencyKey replays the first result instead of creating a duplicate' {
        $email = New-TestEmail 'rawidem'
        $key = "pester-raw-$([guid]::NewGuid())"

        $first = Invoke-PolvoStripeRequest POST '/v1/customers' @{ email = $email } -IdempotencyKey $key
        $second = Invoke-PolvoStripeRequest POST '/v1/customers' @{ email = $email } -IdempotencyKey $key

        $second.id | Should -Be $first.id
        @(Get-PolvoStripeCustomer -Email $email).Count | Should -Be 1
    }

    It 'DELETE deletes; a GET afterwards answers the deleted marker, as Stripe does' {
        $created = Invoke-PolvoStripeRequest POST '/v1/customers' @{ email = (New-TestEmail 'rawdelete') }

        $deleted = Invoke-PolvoStripeRequest -Method DELETE -Path "/v1/customers/$($created.id)"

        $deleted.id | Should -Be $created.id
        $deleted.deleted | Should -BeTrue
        $afterwards = Invoke-PolvoStripeRequest GET "/v1/customers/$($created.id)"
        $afterwards.id | Should -Be $created.id
        $afterwards.object | Should -Be 'customer'
        $afterwards.deleted | Should -BeTrue
    }

    It 'a GET of an id that never existed is one terminating resource_missing error' {
        $failure = { Invoke-PolvoStripeRequest GET '/v1/customers/cus_neverexisted' } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'resource_missing,*'
        $failure.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure.ErrorDetails.Message | Should -Match 'request id: req_'
    }

    It 'accepts the method in any case' {
        (Invoke-PolvoStripeRequest -Method get -Path '/v1/customers' -Body @{ limit = 1 }).object | Should -Be 'list'
    }

    It 'rejects a method other than GET, POST and DELETE by parameter validation' {
        $failure = { Invoke-PolvoStripeRequest -Method PATCH -Path '/v1/customers' } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
    }

    It 'an invalid parameter is Stripe''s error, with the parameter in the message' {
        $failure = { Invoke-PolvoStripeRequest POST '/v1/customers' @{ email = 'not-an-email' } } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'email_invalid,*'

        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.ErrorDetails.RecommendedAction | Should -Match 'email'
    }

    It 'an unknown path is one terminating error naming the path' {
        $failure = { Invoke-PolvoStripeRequest GET '/v1/no_such_things' } | Should -Throw -PassThru

        $failure.Exception.Message | Should -Match 'no_such_things'
    }

    It 'a -Body with an empty key is one InvalidArgument error naming -Body' {
        $failure = { Invoke-PolvoStripeRequest POST '/v1/customers' @{ '' = 'x' } } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'

        $failure.Exception.Message | Should -Match '-Body'
    }
}
