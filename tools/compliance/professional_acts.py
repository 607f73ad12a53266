"""Acts reserved to a professional, said of the professional and not of a product.

A device brand that bans "diagnose sleep apnoea" (a disease claim of the product) still
writes "Only your doctor can diagnose sleep apnoea": the act is attributed to a licensed
professional, which says the product does not do it. The same holds of a lawyer who "can
advise", an electrician who "can certify" or a vet who "can treat". The general form, in the
languages the engine reads: a professional (optionally "only"/"your"/"a"/"the", never "our":
the brand's own staff doing the act is a claim about its service) and a modal verb right before
the banned phrase ("Only your doctor can …", Swedish "Bara din läkare kan …", Italian "Solo il
tuo medico può …"), or the reader sent to the professional ("Ask your doctor to …", "Talk to
your doctor, who can …"). German and Dutch put the verb last: a few words may stand between the
modal and the phrase there ("Nur Ihr Arzt kann Bluthochdruck feststellen").
"""

from __future__ import annotations

import re

_PROFESSIONS_EN = (
    r"(?:doctors?|physicians?|gps?|general\s+practitioners?|pharmacists?|nurses?|nurse\s+"
    r"practitioners?|dentists?|orthodontists?|optometrists?|opticians?|ophthalmologists?|"
    r"dermatologists?|cardiologists?|clinicians?|midwi(?:fe|ves)|vets?|veterinarians?|"
    r"therapists?|physiotherapists?|psychologists?|psychiatrists?|specialists?|"
    r"(?:health\s*care|medical|health|care)\s+(?:providers?|professionals?|teams?)|"
    r"lawyers?|attorneys?|solicitors?|accountants?|(?:financial|tax)\s+advis[eo]rs?|"
    r"electricians?|plumbers?|engineers?|surveyors?|inspectors?|mechanics?)"
)
_MODALS_EN = (
    r"(?:can|could|may|might|must|should|will|alone\s+can|(?:is|are)\s+(?:able|qualified|"
    r"licensed|trained)\s+to)"
)
_BY_PROFESSIONAL = re.compile(
    r"(?:"
    # en: "Only your doctor can …", "a pharmacist may …", "Ask your doctor to …"
    r"\b(?:only\s+)?(?:(?:your|a|an|the|qualified|licensed|registered)\s+)*"
    + _PROFESSIONS_EN
    + r"\s+"
    + _MODALS_EN
    + r"|\b(?:ask|let|have|get)\s+(?:your|a|an|the)\s+(?:own\s+)?"
    + _PROFESSIONS_EN
    + r"(?:\s+to)?|\b"
    + _PROFESSIONS_EN
    + r",?\s+who\s+(?:can|may|will)"
    # sv: "Bara din läkare kan …", "en läkare får …"
    r"|\b(?:(?:bara|endast|enbart)\s+)?(?:(?:din|er|en|ett|den|läkaren)\s+)?"
    r"(?:läkare|läkaren|doktor|doktorn|sjuksköterska|barnmorska|tandläkare|veterinär|"
    r"apotekare|farmaceut|specialist|jurist|advokat|revisor|elektriker|rådgivare)"
    r"\s+(?:kan|får|ska|bör|måste)"
    # it: "Solo il tuo medico può …"
    r"|\b(?:(?:solo|soltanto|solamente)\s+)?(?:(?:il|lo|la|un|una|tuo|tua|vostro|vostra)\s+)*"
    r"(?:medico|medici|dottore|dottoressa|farmacista|infermiere|infermiera|dentista|veterinario|"
    r"specialista|avvocato|commercialista|elettricista|ostetrica)\s+(?:può|possono|deve|potrà)"
    # es / pt: "Solo tu médico puede …", "Só o seu médico pode …"
    r"|\b(?:(?:solo|sólo|solamente|só|somente|apenas)\s+)?(?:(?:tu|su|un|una|el|la|o|a|seu|sua|"
    r"um|uma)\s+)*(?:médico|médica|doctor|doctora|farmacéutico|farmacêutico|enfermero|"
    r"enfermera|enfermeiro|enfermeira|dentista|veterinario|veterinário|especialista|abogado|"
    r"advogado)\s+(?:puede|pueden|debe|pode|podem|deve)"
    # fr: "Seul votre médecin peut …"
    r"|\b(?:seule?s?\s+)?(?:(?:votre|ton|un|une|le|la)\s+)*(?:médecin|docteur|pharmacien|"
    r"pharmacienne|infirmier|infirmière|dentiste|vétérinaire|spécialiste|avocat|sage-femme)"
    r"\s+(?:peut|peuvent|doit|pourra)"
    # de / nl: verb-last, a few words between: "Nur Ihr Arzt kann Bluthochdruck feststellen"
    r"|\b(?:(?:nur|alleen)\s+)?(?:(?:Ihr|Ihre|dein|deine|ein|eine|der|die|uw|je|een|de)\s+)*"
    r"(?:Arzt|Ärztin|Hausarzt|Hausärztin|Facharzt|Apotheker|Apothekerin|Tierarzt|Zahnarzt|"
    r"Anwalt|arts|huisarts|dokter|apotheker|tandarts|dierenarts|specialist|advocaat)"
    r"\s+(?:kann|darf|muss|sollte|wird|kan|mag|moet|zal)(?:\s+[\wäöüß]+){0,3}"
    r")\s+$",
    re.IGNORECASE,
)
"""A professional and a modal (or the reader sent to one) right before the phrase."""

_OWN = re.compile(
    r"\b(?:our|ours|we|vår|våra|vårt|nostro|nostra|nostri|nostre|nuestro|nuestra|nuestros|"
    r"nuestras|nosso|nossa|nossos|nossas|notre|nos|unser\w*|onze)\s+$",
    re.IGNORECASE,
)
"""The brand's own ("our doctors"): its own staff doing the act is a claim about its service."""


def done_by_professional(text: str, start: int) -> bool:
    """Whether the act at ``start`` is attributed to a professional, not to a product.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "diagnose sleep apnoea" in "Only your doctor can diagnose sleep
        apnoea"; False in "Our tracker can diagnose sleep apnoea" or "Our doctors
        can diagnose …" (the brand's own service).
    """
    window = text[max(0, start - 80) : start]
    clause = re.split(r"[.!?;:\n]", window)[-1]
    match = _BY_PROFESSIONAL.search(clause)
    if match is None:
        return False
    return _OWN.search(clause, 0, match.start()) is None
