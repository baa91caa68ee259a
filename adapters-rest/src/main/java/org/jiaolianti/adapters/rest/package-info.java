/**
 * Jakarta REST resources over the application's use cases.
 *
 * <p>Placeholder until the REST adapter issue.
 */
package org.jiaolianti.adapters.rest;
