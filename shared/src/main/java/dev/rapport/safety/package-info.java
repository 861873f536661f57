/** Health and emergency cues (Chinese and English) that change how a photo question is answered. */
package dev.rapport.safety;
