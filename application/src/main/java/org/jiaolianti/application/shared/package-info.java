/**
 * What every use case shares: the exception hierarchy (one unchecked root), command validation with
 * bilingual field errors, and the clock and transaction ports.
 */
package org.jiaolianti.application.shared;
