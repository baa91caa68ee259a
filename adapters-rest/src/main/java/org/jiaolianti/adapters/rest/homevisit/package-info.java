/** REST for home visits (家访, 五(一)3): {@code /api/v1/home-visits}. */
package org.jiaolianti.adapters.rest.homevisit;
