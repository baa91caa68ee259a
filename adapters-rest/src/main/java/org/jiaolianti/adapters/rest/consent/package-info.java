/** Consents over HTTP ({@code /api/v1/consents}). 中文：同意记录接口。依据：五(二)1、五(二)2 */
package org.jiaolianti.adapters.rest.consent;
