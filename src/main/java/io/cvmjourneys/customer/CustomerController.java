package io.cvmjourneys.customer;

import io.cvmjourneys.web.ApiError;
import io.cvmjourneys.web.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Customers over HTTP: search by id, name or phone, and the whole context of one customer. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_QUERY_LENGTH = 100;

    private final CustomerDirectory directory;

    CustomerController(CustomerDirectory directory) {
        this.directory = directory;
    }

    /** q is optional here so that a missing q gets the same answer as a blank one. */
    @GetMapping
    List<CustomerSummary> searchCustomers(@RequestParam(required = false) String q,
                                          @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        if (q == null || q.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "q must not be blank: search by customer id, name or phone, e.g. GET /api/customers?q=CUST-000042", "q");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "q is " + q.length() + " characters; search with at most " + MAX_QUERY_LENGTH, "q");
        }
        if (limit < 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "limit must be at least 1 (at most " + CustomerSearch.MAX_RESULTS + " are answered)", "limit");
        }
        return directory.search(q, limit);
    }

    @GetMapping("/{id}")
    CustomerContext showCustomer(@PathVariable String id) {
        return directory.context(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "No customer " + id + ": check the id or search with GET /api/customers?q=<id, name or phone>"));
    }

    /** limit=abc: answered in the /api error shape, which the shared handler gives only to request bodies. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> parameterOfTheWrongType(MethodArgumentTypeMismatchException mismatch) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(),
                mismatch.getName() + " must be a whole number, not '" + mismatch.getValue() + "'", mismatch.getName()));
    }
}
