/** In-school performance notes over HTTP (在校表现记录, 五(一)2). */
package org.jiaolianti.adapters.rest.performance;
