/**
 * Test fixtures: small policies built with the domain factories (no seed needed) and a scenario that
 * drives the use cases over in-memory storage with a settable clock.
 */
package org.jiaolianti.application.testing;
