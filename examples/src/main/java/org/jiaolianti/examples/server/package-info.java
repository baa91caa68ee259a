/** The district server: the REST API on Jersey + Jetty over the configured database, with the demo district and demo users. */
package org.jiaolianti.examples.server;
