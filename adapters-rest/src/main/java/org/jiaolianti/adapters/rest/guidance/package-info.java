/**
 * REST resources of the family-education guidance column ({@code /api/v1/guidance}) and of resource sharing between
 * schools ({@code /api/v1/shared-resources}), 五(一)2.
 */
package org.jiaolianti.adapters.rest.guidance;
