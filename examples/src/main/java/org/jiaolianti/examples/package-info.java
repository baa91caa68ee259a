/** Runnable apps: the CLI, the demo-district generator and the embedding example. */
package org.jiaolianti.examples;
