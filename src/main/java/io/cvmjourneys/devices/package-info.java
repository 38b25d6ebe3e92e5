/**
 * Devices: the catalog of models on sale ({@link io.cvmjourneys.devices.DeviceCatalog}), what the
 * network sees customers use, and what happens to a customer's old device after an upgrade
 * ({@link io.cvmjourneys.devices.DeviceRecycling}).
 */
package io.cvmjourneys.devices;
