## "Your account": what the portal holds about the resident and the controls over it; deleting
## the account; and stopping emails from the link in one.

account-title = Eich cyfrif
account-email = Cyfeiriad e-bost
account-name = Enw
account-name-not-given = Heb ei roi
account-created = Dyddiad creu'r cyfrif
account-bookings = Eich lleoedd mewn cymorthfeydd
account-no-bookings = Nid oes gennych unrhyw leoedd wedi'u cadw mewn cymorthfeydd sydd i ddod.
account-reference = Cyfeirnod { $reference }
account-waiting = Rhestrau aros rydych chi arnyn nhw
account-leave-waiting = Gadael y rhestr aros
account-leave-waiting-for = ar gyfer { $title }
account-concerns = Eich pryderon
account-no-concerns = Nid ydych chi wedi codi pryder.
account-concern-what = { $category } yn { $neighbourhood }
account-concern-received = Wedi dod i law
account-concern-replied = Wedi cael ateb
account-concern-under-review = Yn cael ei adolygu
account-concern-being-worked-on = Yn cael sylw
account-concern-passed-to-partner = Wedi'i drosglwyddo i bartner
account-concern-closed = Wedi cau
account-raise-concern = Codi pryder
account-groups = Eich grwpiau cymunedol
account-no-groups = Nid ydych chi'n aelod o grŵp cymunedol.
account-group-asked = Wedi gofyn am gael ymuno
account-group-organiser = Trefnydd
account-group-member = Aelod
account-find-group = Dod o hyd i grŵp cymunedol
account-find-or-register = neu
account-register-group = gofrestru grŵp
account-following = Yr hyn rydych chi'n ei ddilyn
account-following-none = Nid ydych chi'n dilyn unrhyw beth eto. Gallwch ddilyn blaenoriaeth leol neu bleidlais o'i thudalen.
account-following-priority = Blaenoriaeth:
account-following-problem = Problem:
account-following-vote = Pleidlais:
account-following-neighbourhood = Cymdogaeth:
account-vote-results-published = Canlyniadau wedi'u cyhoeddi
account-vote-open = Ar agor neu i ddod
# "Blaenoriaeth" is feminine: it takes a soft mutation after one and two ("1 flaenoriaeth").
account-neighbourhood-priorities = { $count ->
    [zero] Dim blaenoriaethau ar hyn o bryd
    [one] { $count } flaenoriaeth ar hyn o bryd
    [two] { $count } flaenoriaeth ar hyn o bryd
    [few] { $count } blaenoriaeth ar hyn o bryd
    [many] { $count } blaenoriaeth ar hyn o bryd
   *[other] { $count } blaenoriaeth ar hyn o bryd
}
account-stop-following = Peidio â dilyn
account-alerts-legend = Pa mor aml y dylem anfon e-bost atoch am newidiadau i'r hyn rydych chi a'ch grwpiau yn ei ddilyn?
account-alerts-weekly = Unwaith yr wythnos
account-alerts-weekly-hint = Crynodeb bob dydd Llun o'r hyn a wnaeth y timau yr wythnos cynt, dim ond os oes rhywbeth wedi newid.
account-alerts-immediate = Wrth i bethau ddigwydd
account-alerts-never = Byth
account-alerts-missing = Dewiswch pa mor aml rydych chi eisiau clywed am newidiadau
account-alerts-saved = Mae eich dewis wedi'i gadw
account-save = Cadw
account-update-emails = E-byst am ddiweddariadau
account-update-emails-legend = Anfonwch e-bost ataf pan fydd y tîm yn cyhoeddi diweddariad "dywedoch chi, gwnaethom ni" am bryder a godais neu bleidlais y pleidleisiais ynddi
account-yes = Ie
account-no = Na
account-update-emails-missing = Dewiswch a ydych chi eisiau cael yr e-byst hyn
account-update-emails-on = Byddwch yn cael e-bost am ddiweddariadau
account-update-emails-off = Ni fyddwch yn cael e-bost am ddiweddariadau
account-change-name = Newid eich enw
account-name-label = Eich enw (dewisol)
account-name-hint = Gadewch hwn yn wag i gael eich dangos fel "preswylydd".
account-save-name = Cadw'r enw
account-name-saved = Mae eich enw wedi'i gadw
account-name-too-long = Rhaid i'ch enw fod yn 80 nod neu lai
account-name-unprintable = Rhaid i'ch enw gynnwys llythrennau, rhifau, bylchau ac atalnodau yn unig
account-your-data = Eich data
account-download = Lawrlwytho eich holl ddata (JSON)
account-sign-out = Allgofnodi
account-signed-out = Rydych chi wedi allgofnodi
account-left-waiting = Rydych chi wedi gadael y rhestr aros
account-given-a-place = Daeth lle yn rhydd a chafodd ei roi i chi o'r rhestr aros ychydig cyn i chi ofyn am gael gadael y rhestr. Eich archeb yw { $reference }. Os nad oes ei hangen arnoch mwyach, canslwch hi isod er mwyn i rywun arall gael y lle.
account-not-waiting = Nid ydych chi ar y rhestr aros honno
account-delete = Dileu eich cyfrif
account-delete-explained = Mae hyn yn dileu eich cyfeiriad e-bost a'ch enw. Bydd unrhyw beth rydych chi wedi'i gyhoeddi yn aros, wedi'i ddangos fel gwaith "preswylydd".
account-delete-sure = Ydych chi'n siŵr eich bod am ddileu eich cyfrif?
account-delete-erased = Bydd eich cyfeiriad e-bost a'ch enw yn cael eu dileu ar unwaith, ynghyd â'r dolenni mewngofnodi a'r negeseuon e-bost a anfonwyd atoch. Nid oes modd dadwneud hyn.
account-delete-published = Bydd unrhyw leoedd rydych chi wedi'u cadw mewn cymorthfeydd sydd i ddod yn cael eu canslo a'u rhoi yn ôl. Bydd unrhyw beth rydych chi wedi'i gyhoeddi yn aros ar y wefan, wedi'i ddangos fel gwaith "preswylydd".
account-delete-groups = Os mai chi yw unig aelod grŵp cymunedol, bydd y grŵp yn cau. Os oes ganddo aelodau eraill, gwnewch un ohonyn nhw'n drefnydd yn gyntaf.
account-delete-yes = Ydw, dilëwch fy nghyfrif
account-delete-no = Na, ewch yn ôl i'ch cyfrif
account-delete-only-organiser = Chi yw unig drefnydd { $groups }. Gwnewch aelod arall yn drefnydd yn gyntaf, ar dudalen aelodau'r grŵp
account-delete-groups-and = { $first } a { $second }
account-deleted = Mae eich cyfrif wedi cael ei ddileu
unsubscribe-alerts-title = Stopio e-byst am yr hyn rydych chi'n ei ddilyn
unsubscribe-updates-title = Stopio e-byst am ddiweddariadau
unsubscribe-alerts-explained = Rydych chi'n cael e-bost am yr hyn sydd wedi newid yn y blaenoriaethau, y problemau, y pleidleisiau a'r cymdogaethau rydych chi a'ch grwpiau cymunedol yn eu dilyn.
unsubscribe-updates-explained = Rydych chi'n cael e-bost pan fydd tîm eich cymdogaeth yn cyhoeddi diweddariad "dywedoch chi, gwnaethom ni" am bryder a godwyd gennych neu bleidlais y gwnaethoch bleidleisio ynddi.
unsubscribe-button = Stopio'r e-byst hyn
unsubscribe-choose-again = Gallwch ddewis eto yn eich cyfrif unrhyw bryd.
unsubscribe-your-account = Eich cyfrif
unsubscribe-done = Ni fyddwch yn cael yr e-byst hyn mwyach
unsubscribe-not-recognised = Nid ydym yn adnabod y ddolen honno. Mewngofnodwch i newid pa e-byst rydych chi'n eu cael
