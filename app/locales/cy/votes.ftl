## Priority votes as residents see them: the vote's page (with its results once it closes), and
## voting: confirming a postcode where the vote asks, choosing, checking, casting. The question
## and the options are the team's words, shown as they wrote them.
# Dates are given after a colon or "yw", so that they need no mutation ("ar ddydd Sadwrn").

vote-recorded = Pleidlais wedi'i chofnodi
vote-thank-you = Diolch am bleidleisio
vote-have-your-say = { $neighbourhood }: dweud eich barn
vote-team-link = Tîm cymdogaeth { $neighbourhood }
vote-opens = Bydd y bleidlais yn agor: { $opens }. Y dyddiad cau yw { $closes }.
vote-open-until = Mae'r bleidlais ar agor. Y dyddiad cau yw { $closes }.
vote-choose-limit = { $count ->
    [one] Dewiswch un opsiwn.
   *[other] Dewiswch hyd at { $count } opsiwn.
}
vote-open-to-any = Gall unrhyw breswylydd sydd wedi mewngofnodi bleidleisio.
vote-open-to-postcode = Gall preswylwyr sy'n cadarnhau cod post yn y gymdogaeth bleidleisio.
vote-so-far = { $count ->
    [zero] Hyd yma, nid oes neb wedi pleidleisio ar-lein.
    [one] Hyd yma, mae { $count } person wedi pleidleisio ar-lein.
    [two] Hyd yma, mae { $count } o bobl wedi pleidleisio ar-lein.
    [few] Hyd yma, mae { $count } o bobl wedi pleidleisio ar-lein.
    [many] Hyd yma, mae { $count } o bobl wedi pleidleisio ar-lein.
   *[other] Hyd yma, mae { $count } o bobl wedi pleidleisio ar-lein.
}
vote-closed = Mae'r bleidlais wedi cau. Y dyddiad cau oedd { $closes }. Mae'r canlyniadau hyn yn derfynol.
vote-you-voted = Fe wnaethoch bleidleisio dros: { $choices }.
vote-change-until-closes = Gallwch newid eich pleidlais nes iddi gau: ni fydd byth yn cael ei chyfrif ddwywaith.
vote-change-button = Newid eich pleidlais
vote-button = Pleidleisio
vote-results = Canlyniadau
vote-totals-so-far = Cyfansymiau hyd yma
vote-turnout = { $online ->
    [zero] Ni phleidleisiodd neb ar-lein.
    [one] Pleidleisiodd { $online } person ar-lein.
    [two] Pleidleisiodd { $online } o bobl ar-lein.
    [few] Pleidleisiodd { $online } o bobl ar-lein.
    [many] Pleidleisiodd { $online } o bobl ar-lein.
   *[other] Pleidleisiodd { $online } o bobl ar-lein.
}
vote-turnout-with-paper = { $online ->
    [zero] Ni phleidleisiodd neb ar-lein
    [one] Pleidleisiodd { $online } person ar-lein
    [two] Pleidleisiodd { $online } o bobl ar-lein
    [few] Pleidleisiodd { $online } o bobl ar-lein
    [many] Pleidleisiodd { $online } o bobl ar-lein
   *[other] Pleidleisiodd { $online } o bobl ar-lein
}, a phleidleisiodd { $paper ->
    [one] { $paper } person ar bapur.
    [two] { $paper } o bobl ar bapur.
    [few] { $paper } o bobl ar bapur.
    [many] { $paper } o bobl ar bapur.
   *[other] { $paper } o bobl ar bapur.
}
vote-chart-title = { $heading }: { $question }
vote-place = Safle
vote-option = Opsiwn
vote-online = Ar-lein
vote-paper = Papur
vote-total = Cyfanswm
vote-rank-tied = { $rank } (cyfartal)
vote-paper-ballots = Papurau pleidleisio, wedi'u cyfrif ar wahân gan y tîm: { $meetings }.
vote-the-options = Yr opsiynau
vote-sign-in-to-vote = Mewngofnodwch i bleidleisio: mae pob person yn pleidleisio unwaith. Byddwch yn dod yn ôl at y bleidlais ar ôl i chi fewngofnodi.
vote-back = Yn ôl
vote-continue = Parhau
vote-select-limit = { $count ->
    [one] Dewiswch un opsiwn.
   *[other] Dewiswch hyd at { $count } opsiwn.
}
vote-choose-none = { $count ->
    [one] Dewiswch un opsiwn
   *[other] Dewiswch o leiaf un opsiwn
}
vote-choose-too-many = { $count ->
    [one] Dewiswch un opsiwn yn unig
   *[other] Dewiswch hyd at { $count } opsiwn
}
vote-choose-not-an-option = Dewiswch o blith yr opsiynau a ddangosir
vote-postcode-title = Cadarnhewch eich bod yn byw yn { $neighbourhood }
vote-postcode-why = Mae'r bleidlais hon ar gyfer pobl sy'n byw yn { $neighbourhood }. Caiff eich cod post ei wirio ac yna ei anghofio: nid yw'n cael ei gadw na'i ddangos.
vote-postcode-hint = Er enghraifft, B15 2TT
vote-postcode-elsewhere = Nid yw'r cod post hwnnw yn { $neighbourhood }: mae'r bleidlais hon ar gyfer preswylwyr y gymdogaeth
vote-postcode-district = Rhowch eich cod post llawn, fel B15 2TT
vote-check-title = Gwiriwch eich pleidlais
vote-voting-for = Rydych chi'n pleidleisio dros
vote-change = Newid
vote-change-hidden = eich dewisiadau
vote-replaces = Bydd hon yn cymryd lle'r bleidlais a fwriwyd gennych o'r blaen: dim ond unwaith y cewch eich cyfrif.
vote-cast = Bwrw eich pleidlais
vote-has-closed = Mae'r bleidlais wedi cau: ni chafodd eich pleidlais ei chyfrif
