/**
 * One detector per kind of personal data: e-mail, phones, CN resident ids, bank cards, addresses, names, WeChat and QQ
 * ids.
 */
package dev.rapport.privacy.detect;
