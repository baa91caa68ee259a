/** Composed Bean Validation constraints for the values commands share (district keys, record ids). */
package org.jiaolianti.application.shared.constraints;
