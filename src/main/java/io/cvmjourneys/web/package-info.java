/** What every /api endpoint shares: the error shape and the handling of bad input. */
package io.cvmjourneys.web;
