/** Ports every area shares: the clock and the unit of work. */
package org.jiaolianti.application.shared.port.out;
