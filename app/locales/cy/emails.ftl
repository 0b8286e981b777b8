## The emails residents receive. Each has a plain-text and an HTML part.

email-greeting = Helo,
email-sent-by = Anfonwyd gan { $sender }.
email-footer = Mewn argyfwng, ffoniwch 999. Peidiwch ag ymateb i'r e-bost hwn: nid yw'n cael ei fonitro.
email-link-fallback = Os nad yw'r ddolen yn gweithio, copïwch y cyfeiriad hwn i'ch porwr:
email-force-sender = { $force } – timau plismona yn y gymdogaeth
sign-in-email-subject = Eich dolen i fewngofnodi i blismona yn y gymdogaeth
sign-in-email-asked = Gofynnodd rhywun am gael mewngofnodi i wefan plismona yn y gymdogaeth gyda'r cyfeiriad e-bost hwn.
sign-in-email-link = Mewngofnodi i blismona yn y gymdogaeth
sign-in-email-works-once = Dim ond unwaith y mae'r ddolen yn gweithio, am { $minutes } munud.
sign-in-email-ignore = Os na wnaethoch ofyn am gael mewngofnodi, gallwch anwybyddu'r e-bost hwn: ni all neb fewngofnodi heb y ddolen.
