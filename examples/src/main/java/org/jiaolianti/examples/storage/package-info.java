/** Opening the configured database for the example apps (CLI, server, benchmark): one place, one policy format. */
package org.jiaolianti.examples.storage;
