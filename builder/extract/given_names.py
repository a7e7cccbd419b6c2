"""Given names: a first word that makes a capitalised name a person's ("Jan van der Berg").

Generated once from the person providers of Faker 40.63 (MIT licence), which list the
first names of 86 locales: the Latin-script names (accents folded to ASCII, three letters
or more) that at least two locales list, so that one locale's unusual entries ("General",
"King", "Park" in the generic English list) stay out, less a few that open the names of
places and organisations ("Santa", "Royal", "America"). Regenerate with::

    import importlib, pkgutil, re, unicodedata
    import faker.providers.person as person
    seen = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female",
                     "first_names_nonbinary", "first_romanized_names",
                     "first_romanized_names_male", "first_romanized_names_female"):
            value = getattr(provider, attr, None)
            if not value or isinstance(value, property):
                continue
            for name in value:
                ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
                if len(ascii_) >= 3 and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", ascii_):
                    seen.setdefault(ascii_, set()).add(module.name)
    names = sorted(n for n, locales in seen.items() if len(locales) >= 2)
    names = [n for n in names if n not in {"Santa", "Royal", "America", "Asia", "Africa",
                                           "Europe", "General", "Union", "Saint", "Deputy"}]
"""

from __future__ import annotations

import functools

_NAMES = """
Aage Aaliyah Aarav Aaron Abbas Abbey Abbie Abby Abdelkader Abdi Abdul Abdullah Abdullahi Abel
Abelardo Abigael Abigail Abner Abraham Abram Abril Achille Achim Ada Adalberto Adam Adams Adan
Adda Addison Adel Adela Adelaida Adelaide Adelbert Adele Adelheid Adelia Adelina Adeline Adem
Aden Adil Adina Aditya Adnan Adolf Adolfo Adonis Adrian Adriana Adriane Adrianna Adrianne
Adriano Adriel Adrien Adrienne Aedan Aga Agata Agatha Agathe Agne Agnes Agnese Agneta Agnieszka
Agusta Agustin Agustina Ahmad Ahmed Ahmet Aicha Aida Aidan Aideen Aiden Aileen Aili Ailis Aime
Aimee Aina Aine Aino Aisha Aisling Ajan Aki Akif Akira Akos Alain Alan Alana Alanna Alannah Alba
Alban Albert Alberta Alberte Albertina Albertine Alberto Albin Albina Albino Albrecht Alcides
Alda Aldis Aldo Alea Alec Alejandra Alejandro Alejo Aleks Aleksandar Aleksander Aleksandr
Aleksandra Alen Alena Ales Alessandra Alessandro Alessia Alessio Aleta Alex Alexa Alexander
Alexandr Alexandra Alexandre Alexandria Alexandru Alexej Alexia Alexis Alf Alfons Alfonso Alfred
Alfredo Algot Ali Alice Alicia Alida Alina Aline Alis Alisa Alisha Alison Alissa Alisson
Alistair Alix Aliya Alize Alla Allan Allen Allison Ally Alma Almira Almus Alois Aloisia Alondra
Alonso Aloys Alphons Alphonse Alphonsus Alva Alvar Alvaro Alvin Alwin Alwina Alwine Alyssa
Alzbeta Alzina Ama Amada Amado Amador Amalia Amalie Amalija Amanda Amandine Amani Amar Amara
Amaro Amaya Ambar Amber Ambrose Amelia Amelie Americo Ami Amie Amin Amina Amine Amir Amira Amon
Amos Amparo Amy Ana Anabel Anabela Anabella Anahi Anais Analia Anas Anastacia Anastasia Anders
Anderson Andra Andre Andrea Andreas Andree Andrei Andreia Andrej Andres Andrew Andrey Andri
Andrin Andrzej Andy Ane Anes Aneta Anett Anette Anezka Angel Angela Angele Angeles Angelica
Angelika Angelina Angeline Angelique Angelita Angelo Angie Angus Ani Anibal Anica Anika Anina
Anisa Anissa Anita Anja Anjali Anka Anke Ann Anna Anna-Lena Anna-Maria Annabel Annabell
Annabella Annabelle Annalena Annalisa Annalise Annamaria Annamarie Anne Anne-Marie Anne-Sophie
Anneke Anneli Annelie Annelies Anneliese Annelise Annemarie Annemie Annetta Annette Anni Annick
Annie Annika Annikki Annina Annita Anny Anouk Anselmo Ante Antero Anthony Antje Anto Antoine
Antoinette Anton Antonella Antonia Antonie Antonietta Antonija Antonin Antonina Antonino Antonio
Antonius Antony Anu Anya Aoife Apolonia April Arabella Araceli Aracely Aran Arcelia Archer
Archie Arda Ardis Ari Aria Ariadna Arian Ariana Ariane Arianna Arie Ariel Ariella Arif Arin
Arina Aris Aristide Arjun Arlene Arlette Arley Arlo Armand Armando Armida Armin Arnaldo Arnaud
Arne Arno Arnold Arnoldo Arnulfo Aron Arpad Arron Arsenio Arta Artan Artemio Arthur Artis Artur
Arturo Arvid Arvo Aryan Arzu Asa Ase Asha Asher Ashlee Ashleigh Ashley Ashling Ashton Asiman
Asma Assunta Asta Astrid Asuncion Atena Athena Atilio Atlas Attila Aude Audrey August Augusta
Auguste Augustin Augustina Augustine Augusto Aura Aurel Aurelia Aurelie Aurelien Aurelio Aurora
Aurore Austin Autumn Ava Avni Axel Axelle Aya Ayaan Aydan Ayden Ayesha Ayla Ayleen Aylin Aynur
Ayoub Ayse Aysel Ayten Ayub Azad Aziz Azra Azucena Baba Babette Bailey Baldur Baldwin Baltasar
Balthasar Bambi Baptiste Bara Barbara Barbora Baris Barry Bart Bartholomew Bartley Bas Basil
Basilio Bastian Bastien Bautista Bayram Bayron Beata Beate Beatrice Beatrix Beatriz Beau Bebe
Becky Beda Bela Belen Belinda Bella Ben Benard Benedict Benedicte Benedikt Benicio Benita Benito
Benjamim Benjamin Benno Benny Benoit Benson Bent Benta Bente Benthe Berat Berend Berenice Berit
Bernabe Bernadette Bernadine Bernard Bernarda Bernardino Bernardita Bernardo Bernd Berndt
Bernhard Bernice Bernt Bert Berta Bertha Berthe Bertil Bertram Bertrand Beryl Betania Beth
Bethan Bethany Betina Betsy Bettina Betty Beverley Beverly Biagio Bianca Bianka Bibi Bibiana
Bilal Biljana Bill Billie Billy Bina Birger Birgit Birgitta Birte Birthe Bjarne Bjorn Bladimir
Blahoslav Blaine Blair Blake Blanca Blanche Blanka Blas Blazena Boaz Bob Bobby Bodil Boel Bogdan
Bohumil Bohumila Bohumir Bohuslav Bojan Boleslav Bonnie Boris Borja Bozena Brad Bradley Brady
Brahim Bram Brandi Brandon Brandy Branislav Branka Branko Braulio Braxton Brayan Brayden Breanna
Breda Brenda Brendan Brendon Brent Brett Brian Briana Brianna Brice Bridget Brien Brigid Brigida
Brigita Brigitta Brigitte Brinda Brit Brita Britney Britt Britta Brittany Brittney Brodie Brogan
Bronagh Bronislava Bronwyn Brooke Brooklyn Bruce Bruna Bruno Bryan Bryce Byron Cacilia Caitlin
Caitlyn Caitriona Cal Caleb Calista Callum Calogero Calvin Cameron Camila Camilla Camille Camilo
Campbell Canan Candace Candela Candelaria Candice Candida Candido Caoimhe Capucine Cara Caren
Caridad Carin Carina Carine Carl Carla Carlo Carlos Carlota Carlotta Carly Carmel Carmela
Carmelita Carmelo Carmen Carmina Carmine Carol Carola Carole Carolin Carolina Caroline Carolyn
Carolyne Carrie Carsten Carter Cas Casandra Casey Casper Cassandra Cassidy Cassie Catalina
Catarina Caterina Cathal Catharina Catherine Cathleen Cathrine Cathy Cato Catrin Catrina
Catriona Cecelia Cecil Cecile Cecilia Cecilie Cedric Ceferino Celeste Celestin Celestine
Celestino Celia Celina Celine Celso Cesar Ceyhun Chad Chandra Chantal Chantel Chantelle Charity
Charlene Charles Charlie Charline Charlotta Charlotte Charly Charmaine Charo Chase Che Chelsea
Chelsey Cherie Cheryl Cheyenne Chiara Chloe Chris Christa Christel Christelle Christian
Christiana Christiane Christianne Christie Christin Christina Christine Christof Christofer
Christoffer Christoph Christophe Christopher Christos Christy Ciara Ciaran Cielo Cillian Cindy
Cinthia Cintia Cipriano Ciro Citlali Clair Claire Clara Clare Clarence Clarice Clarisa Clarissa
Clarisse Clark Claude Claudette Claudia Claudie Claudine Claudio Claudius Claudy Claus Clayton
Clemence Clemens Clement Clemente Clementina Clementine Clifford Clinton Cliodhna Cliona Clive
Clodagh Cloe Clotilde Codie Cody Cohen Cole Coleman Colette Colin Colleen Collette Collin
Collins Colm Colton Colum Comfort Conal Conall Conan Concepcion Concetta Concha Conn Connie
Connor Conny Conor Conrad Constance Constant Constantin Constanza Constanze Consuela Consuelo
Cooper Cora Coral Coralie Cordula Corey Corina Corine Corinna Corinne Cormac Cornel Cornelia
Cornelio Cornelis Cornelius Corona Corrie Cortney Cory Cosima Cosimo Courtney Craig Cristal
Cristhian Cristian Cristiano Cristina Cristobal Cristofer Cristopher Cruz Crystal Csaba Ctibor
Curt Curtis Custodio Cynthia Cyprian Cyril Cyrille Cyrus Daan Dafina Dafne Dag Dagmar Dagmara
Dagny Dagoberto Dai Daina Daire Daisy Dakota Dale Dalia Dalibor Dalton Dalvin Damaris Damian
Damiano Damien Damir Damjan Damon Dan Dana Danae Dani Dania Danica Daniel Daniela Daniele
Daniella Danielle Danijel Danijela Danilo Danna Danny Dante Dany Daphne Dara Darcy Daren Daria
Dariana Darin Darina Dario Darius Dariusz Darko Darlene Darragh Darrell Darren Darrin Darryl
Darryn Darwin Daryl Dasa Daudi Dave Davi David Davide Davin Davis Davor Davy Dawn Dayana Dayna
Dean Deane Deanna Dearbhail Dearbhla Debbie Debby Debora Deborah Deborrah Debra Declan Deidre
Deirdre Deisy Dejan Del Delfina Delia Delphine Demetra Demetrio Demi Demian Denis Denisa Denise
Denisse Deniz Dennis Denny Dereck Derek Derick Dermot Derrick Dervla Desiderio Desiree Desmond
Destiny Detlef Devin Devon Dewi Deyanira Diamond Dian Diana Diane Diann Dianna Dianne Diarmuid
Didier Diego Dieter Dietmar Dietrich Dilan Dilara Dillon Dimas Dimitri Dimitrios Dina Dinah Dino
Diogo Dion Dionisio Dionne Dirk Diya Dobroslav Dolly Dolores Domenic Domenica Domenico Domhnall
Dominga Domingo Dominic Dominick Dominik Dominika Dominique Don Dona Donal Donald Donat
Donatella Donato Donna Donovan Dora Dorcas Doreen Dori Dorian Dorina Dorine Doris Dorota Dorotea
Dorothea Dorothee Dorothy Dorte Dorthe Douglas Draga Dragan Dragica Drago Drahomira Drahoslav
Drahoslava Drew Duane Duke Dulce Duncan Dunja Dusan Dustin Dwayne Dylan Eamon Eamonn Earl Ebba
Ebbe Ebenezer Ebony Eda Edda Eddie Eddy Edel Edelmira Eden Eder Edgar Edgard Edgardo Edin Edina
Edinson Edison Edit Edita Edith Edmond Edmund Edmundo Edna Edouard Edson Eduard Eduarda Eduardo
Edvard Edvin Edward Edwin Edwina Efrain Efren Egbert Eggert Egon Eileen Eilis Eilish Eimear
Eimer Einar Eino Ekaterina Ekrem Ela Eladio Elaine Elba Elbert Elda Eldar Eldon Elea Eleanor
Eleanora Elena Eleni Elenore Eleonora Eleonore Eleuterio Elfie Elfriede Elgin Eli Elia Elian
Eliana Eliane Elias Elie Eliecer Elif Elijah Elin Elina Eline Elinor Elio Eliot Elis Elisa
Elisabet Elisabeth Elise Eliseo Elisha Eliska Eliza Elizabeth Elke Ella Ellen Elli Ellie Ellinor
Elliot Elliott Ellis Elly Elma Elmar Elmer Elmira Elmo Elna Elnur Elodia Elodie Eloi Eloisa
Eloise Elon Eloy Elsa Elsbeth Else Elsie Elsy Elton Elva Elvia Elvin Elvina Elvira Elvis Elvy
Elza Elzbieta Ema Emanuel Emanuela Emelia Emelie Emelina Emeline Emely Emer Emerald Emerson Emil
Emile Emilia Emilian Emiliana Emiliano Emilie Emilija Emilio Emilly Emily Emin Emine Emir Emma
Emmanuel Emmanuelle Emmet Emmett Emmi Emmy Emy Ena Encarnacion Enda Enea Enes Engla Enna Ennio
Enola Enrico Enrique Enriqueta Enver Enya Enzo Eoghan Eoin Epifanio Erasmo Erastus Erdogan Eren
Erhard Eric Erica Erich Erick Erik Erika Erin Erina Eris Erkan Erla Erland Erling Erna Ernest
Ernestina Ernestine Ernesto Ernst Erol Ervin Erwin Eryn Esmeralda Esperanza Esra Esteban
Estefania Estefany Estela Estella Estelle Ester Estera Esther Estrella Ethan Ethel Etienne Etna
Etta Eufemia Eugen Eugene Eugenia Eugenie Eugenio Eulalia Eunice Eusebia Eusebio Eva Eva-Maria
Evald Evaline Evan Evance Evangelina Evans Evaristo Eve Evelien Evelin Evelina Eveline Evelio
Evelyn Evelyne Ever Evert Evi Evie Evita Evy Ewa Ewald Ezekiel Ezequiel Ezio Ezra Fabia Fabian
Fabiana Fabien Fabienne Fabio Fabiola Fabrice Fabricio Fabrizio Facundo Faith Fanny Farah Farid
Fariz Faruk Fatih Fatiha Fatima Fatma Faustino Fausto Fay Faye Feargal Fearghal Febe Federica
Federico Fedor Felice Felicia Feliciano Felicie Felicitas Felicity Felipa Felipe Felix Femke
Ferdinand Ferenc Fergal Fergus Fermin Fernand Fernanda Fernande Fernando Festus Fidel Fien Filip
Filipa Filipe Filippa Filippo Filomena Finbar Finn Fintan Fiona Fionnuala Flavia Flavio Flemming
Fletcher Fleur Floor Flor Flora Flore Florence Florencia Florencio Florent Florentin Florentina
Florentine Florentino Florian Floriane Florin Florina Florinda Florine Floris Fortunata Fran
Franc Franca France Frances Francesca Francesco Francia Francine Francis Francisca Francisco
Franck Franco Francois Francoise Franjo Frank Frankie Franklin Franky Frans Frantisek Frantiska
Franz Franziska Fred Freda Freddy Frederic Frederick Frederik Frederique Fredo Fredric Fredrick
Fredrik Fredy Freja Freya Frida Fridolin Frieda Friederike Friedrich Fritz Frode Fuzuli Gabi
Gabino Gabor Gabriel Gabriela Gabriele Gabriella Gabrielle Gaby Gael Gaelle Gaetano Gaia Gail
Galina Gareth Garret Garrett Garry Gary Gaspar Gaston Gavin Gaylene Gebhard Geert Geir Gema
Gemma Genaro Gene Genesis Genevieve Gennaro Genoveva Geoffrey Georg George Georges Georgette
Georgia Georgiana Georgina Georgine Georgios Gerald Geraldine Geraldo Gerard Gerardo Gerd Gerda
Gerhard Gerhardt Geri Gerlinde Germaine German Gerold Geronimo Gerrit Gerry Gerson Gert Gertrud
Gertrude Geza Ghislain Ghislaine Gia Giacomo Giada Gian Gian-Luca Giancarlo Gianfranco Gianluca
Gianna Gianni Gibson Gideon Gil Gilbert Gilberte Gilberto Gilda Giles Gilles Gillian Gilman Gina
Ginette Gino Gioia Gion Giorgia Giorgio Giovanna Giovanni Giovanny Gisela Gisele Giselle
Gisselle Gitte Giulia Giuliana Giuliano Giulio Giuseppa Giuseppe Giuseppina Gladis Gladys Glen
Glenda Glenn Gloria Godfrey Goncalo Gonzalo Goran Gordana Gordon Gottfried Gottlieb Grace Gracia
Graciela Graeme Graham Grainne Grant Gray Grayson Grazia Graziella Greg Gregg Gregoire Gregor
Gregorio Gregory Greta Gretchen Grete Grethe Gretta Griselda Grzegorz Guadalupe Gudrun Guido
Guilherme Guillaume Guillermina Guillermo Gulaga Gulay Gulus Gulzar Gunar Gunda Gunhild Gunnar
Gunner Gunter Gunther Gust Gustaf Gustav Gustave Gustavo Guy Gwen Gwenda Gwendoline Gwendolyn
Habiba Hadija Hailey Hakan Hakim Hakon Haley Halil Halima Halley Hamid Hamish Hamza Hana Hanife
Hanna Hannah Hanne Hannele Hannelore Hannes Hans Hans-Jorg Hans-Jurgen Hans-Peter Hans-Rudolf
Hans-Ulrich Hansjorg Hanspeter Harald Hardy Harley Harm Harmony Harold Harper Harri Harriet
Harrison Harry Hartmut Harun Harvey Hasan Hassan Hatice Haydee Hayden Hayleigh Hayley Hazel
Heather Hector Hedda Hedi Hedvika Hedwig Hedy Heidi Heidy Heike Heiko Heinrich Heinz Helen
Helena Helene Helga Helge Hella Hellen Helma Helmer Helmut Heloise Hendrik Henning Henny Henri
Henrieta Henrietta Henriette Henrik Henrique Henry Herbert Herdis Heriberto Herma Herman Hermann
Hermes Hermina Hermine Herminia Herminio Hernan Hernando Herta Hertha Herve Hilario Hilary
Hilbert Hilda Hilde Hildegard Hildur Hillary Hillevi Hilma Hilmar Hipolito Hiram Hiroshi Hjalmar
Hjordis Holger Hollie Holly Holm Honora Hope Horacio Horst Hortense Hortensia Hosea Howard
Hubert Hudson Hugh Hugo Hugues Huguette Hulda Humberto Humphrey Hung Hunter Huseyin Hussein Huy
Iain Ian Ibrahim Ica Ida Ide Idris Ieva Ignac Ignace Ignacia Ignacio Ignatz Ignaz Igor Ihsan Ika
Iker Ilah Ilaria Ildiko Ileana Ilenia Ilias Ilija Ilja Ilona Ilse Ilyas Ima Imam Imane Imelda
Imke Immanuel Imran Imre Ina Inaya India Indiana Indira Indra Ines Ineta Inez Inga Inge Ingeborg
Inger Ingmar Ingo Ingrid Ingrida Ingvar Inna Ioannis Iolanda Iona Ira Iren Irena Irene Irfan
Irina Irine Iris Irja Irma Irmgard Isa Isaac Isabel Isabela Isabell Isabella Isabelle Isadora
Isaiah Isaias Isak Ishaan Isidor Isidora Isidoro Isidro Isis Isla Ismael Ismail Ismet Isobel
Israel Issack Istvan Itzel Iva Ivan Ivana Ivanka Ivar Iver Iveta Ivette Ivica Ivo Ivona Ivonne
Ivor Ivy Iwan Izabela Izidor Jaan Jacek Jacinta Jacinto Jack Jackeline Jackie Jackson Jacky
Jaclyn Jacob Jacobo Jacqueline Jacques Jade Jadranka Jael Jafar Jafet Jaime Jair Jairo Jaka Jake
Jakob Jakub Jamaal Jamal Jameel James Jamie Jamil Jamila Jan Jana Jane Janet Janeth Janette Jani
Janice Janick Janik Janina Janine Janis Janko Jann Janna Janne Jannie Jannik Jannis Jano Janos
Janus Jaqueline Jara Jared Jari Jarl Jarlath Jarmila Jarno Jaromir Jaron Jaroslav Jaroslava
Jarrod Jasmin Jasmina Jasmine Jasna Jason Jasper Javier Javiera Jaxon Jay Jayda Jayde Jayden
Jayne Jayson Jazmin Jean Jean-Claude Jean-Luc Jean-Marc Jean-Marie Jean-Paul Jean-Pierre Jeana
Jeanette Jeanine Jeanne Jeannette Jeannie Jeannine Jeff Jefferson Jeffery Jeffrey Jeison Jelani
Jelena Jelle Jemma Jena Jenifer Jeniffer Jenna Jenni Jennie Jennifer Jenniffer Jenny Jens Jere
Jeremiah Jeremias Jeremie Jeremy Jerica Jermaine Jerome Jeronimo Jerry Jerson Jerzy Jesper Jesse
Jessica Jessie Jessika Jessy Jesus Jhoan Jhon Jhonatan Jhonny Jill Jillian Jim Jimena Jimmie
Jimmy Jiri Joachim Joakim Joan Joana Joann Joanna Joanne Joao Joaquim Joaquin Joaquina Job
Jocelyn Jocelyne Jochen Jodi Jodie Jody Joe Joel Joelle Joey Johan Johana Johann Johanna Johanne
Johannes Johans John Johnathan Johnnie Johnny Johnson Johny Joi Jolana Jolanda Jolanta Jolene
Jolie Joline Jon Jona Jonah Jonas Jonatan Jonathan Jonathon Joni Jonna Jonny Joost Jordan Jordi
Jordon Jordy Jorg Jorge Jorgen Joris Jorja Jorn Jorunn Jos Jose Josee Josef Josefa Josefin
Josefina Josefine Joselyn Josep Joseph Josephine Josephus Josette Josh Joshua Josiah Josiane
Josip Josko Jost Josua Josue Jovan Jovana Jovita Joy Joyce Jozef Jrgen Juan Juana Juanita Jude
Judit Judita Judith Judy Juhani Jule Jules Juli Julia Julian Juliana Juliane Julianna Julie
Julien Julienne Juliet Julieta Juliette Julija Julijana Julio Julius Jun June Juni Junia Junior
Junius Juraj Jure Jurgen Juri Justin Justina Justine Justus Jutta Juul Kaarina Kai Kaia Kaitlin
Kaitlyn Kaj Kaja Kala Kaleb Kalevi Kali Kalina Kalle Kalman Kamal Kami Kamil Kamila Kamran
Kamron Kamya Kane Kara Karan Kare Kareem Karel Karen Kari Karim Karima Karin Karina Karine Karl
Karl-Heinz Karla Karley Karli Karlina Karlo Karma Karol Karolin Karolina Karoline Karsten Karyn
Kasim Kaspar Kasper Kassandra Kata Katalin Katarina Katarzyna Kate Katelyn Katerina Katerine
Katharina Katharine Kathe Katherin Katherina Katherine Kathi Kathleen Kathrin Kathryn Kathy Kati
Katia Katie Katja Kato Katrin Katrina Katty Katy Kay Kayden Kaye Kayla Kaylee Kayleigh Kazim
Keanu Keegan Keely Keira Keisha Keith Kelli Kellie Kelly Kelsey Kelvin Kemal Ken Kenan Kendra
Kennedy Kenneth Kenny Kent Kenzie Keri Kerri Kerrie Kerry Kerstin Kevin Khadija Khaled Khalid
Khalil Khloe Kian Kiara Kiera Kieran Kilian Killian Kim Kimberley Kimberly Kingston Kira Kirby
Kirk Kirsten Kirstie Kirstin Kirsty Kitty Kjell Klaas Klara Klaudia Klaus Klemens Klement Knut
Kobe Koen Koko Konrad Konstantin Konstantinos Kori Kornel Kornelia Kornelius Kris Krish Krishna
Krista Kristel Kristen Krister Kristi Kristian Kristiana Kristie Kristiina Kristijan Kristin
Kristina Kristine Kristjan Kristof Kristofer Kristoffer Kristopher Kristy Krystal Krystyna
Krzysztof Kuno Kurt Kurtis Kvetoslava Kwame Kyan Kyara Kyla Kyle Kylie Kyra Laban Lacey Ladina
Ladislav Ladislava Lady Laetitia Laila Lala Lamar Lambert Lana Lance Lara Larisa Larissa Larry
Lars Lasse Laszlo Latasha Latif Latoya Laura Laure Laureen Lauren Laurence Laurens Laurent
Laurenz Lauretta Laurette Lauri Laurie Laurin Laurine Lautaro Lavinia Lawrence Layla Lazar
Lazaro Lea Leah Lean Leana Leander Leandra Leandro Leanne Leano Lee Leena Leia Leidy Leif Leigh
Leila Lelia Lena Lene Leni Lenka Lenn Lennart Lenny Leo Leon Leona Leonard Leonardo Leonce
Leoncio Leone Leonel Leonhard Leonidas Leonie Leonor Leonora Leonore Leontina Leontine Leopold
Leopoldo Leroy Lesia Lesley Leslie Lesly Leticia Letitia Letizia Levi Levin Lewis Lex Leyla
Leyli Lia Liam Lian Liana Liane Liba Liban Libby Libor Lida Lidia Lidija Liesbeth Lieve Ligia
Ligita Liisa Lila Lili Lilia Lilian Liliana Liliane Lilija Lilja Lilla Lilli Lillian Lilly Lily
Lina Lincoln Linda Linde Lindsay Lindsey Line Linn Linnea Lino Linus Lio Lionel Lisa Lisa-Marie
Lisandro Lisbet Lisbeth Lise Liselotte Lisette Lissette Liv Livia Livio Liz Liza Lize Lizeth
Ljiljana Ljubica Ljudmila Lloyd Loes Logan Loic Lois Lola Lolita Lona Lone Loni Lonnie Lora
Loraine Lorcan Lore Loredana Lorelei Lorena Lorenz Lorenza Lorenzo Loreto Loretta Loretto Lori
Lorin Lorine Loris Lorna Lorraine Lothar Lotta Lotte Lotti Lou Louie Louis Louisa Louise Lourdes
Love Lovisa Lovro Luan Luana Lubomir Lubos Luc Luca Lucas Lucero Lucette Lucia Lucian Luciana
Luciano Lucie Lucien Lucienne Lucija Lucila Lucile Lucinda Lucio Lucky Lucretia Lucy Ludivine
Ludmila Ludovic Ludovica Ludvig Ludvik Ludwig Luigi Luis Luisa Luise Luisina Luiza Luka Lukas
Luke Luna Lupe Lutfi Luther Lutz Luz Luzia Lydia Lydie Lynda Lyndon Lyndsay Lyndsey Lynette Lynn
Lynne Lynnette Lynsey Maaike Maarit Maarten Mabel Mac Macarena Mackenzie Maddison Madeleine
Madelene Madeline Madison Mads Mael Maelle Maeva Maeve Mafalda Magali Magaly Magda Magdalena
Magdalene Maggie Maggy Magnolia Magnus Mahdi Mahir Mahmoud Mahmud Mahmut Mai Maia Maicol Maida
Maija Maik Maira Maire Mairead Maite Maj Maja Majken Makayla Makena Maks Maksim Malachy Malak
Malcolm Malea Malena Malene Malgorzata Malia Malik Malika Malin Mallory Malou Malte Malvina
Manda Mandy Manfred Manila Manon Mantas Manuel Manuela Manuelita Manus Mar Mara Marc Marcel
Marcela Marcelina Marceline Marcelino Marcell Marcella Marcelle Marcello Marcelo Marcia Marcial
Marcin Marcio Marco Marcos Marcus Mare Marek Maren Marga Margaret Margareta Margarete Margaretha
Margarida Margarita Margaux Margherita Margit Margita Margo Margot Margret Margrit Marguerite
Mari Maria Mariah Mariam Marian Mariana Marianela Mariann Marianna Marianne Mariano Maribel
Marica Maricela Marie Marie-Christine Marie-Claire Marie-Claude Marie-France Marie-Jeanne Marie-
Jose Marie-Laure Marie-Louise Marie-Rose Marie-Therese Mariela Mariella Marielle Marietta
Mariette Marija Marijan Marijana Marika Marilena Marilyn Marin Marina Marine Marino Mario Marion
Maris Marisa Marisela Marisol Marissa Marit Marita Maritta Maritza Marius Mariusz Marja Marjan
Marjatta Marjorie Mark Marko Markus Marleen Marlen Marlena Marlene Marlies Marlin Marlis Marlon
Marlyse Mart Marta Marten Martha Marthe Marti Martial Martim Martin Martina Martine Marvin Mary
Maryam Maryann Maryanne Marylene Maryline Maryse Mason Massimiliano Massimo Mate Matej Mateja
Mateo Mateus Matheo Mathew Mathias Mathieu Mathijs Mathilda Mathilde Mathis Matias Matija
Matilda Matilde Mato Mats Matteo Matthew Matthias Matthieu Matti Mattia Mattias Matyas Maud
Maude Maura Maureen Maurice Mauricette Mauricio Maurine Maurits Maurizio Mauro Max Maxim Maxima
Maxime Maximilian Maximiliano Maximilien Maximo Maximus Maxine Maxwell May Maya Mayra Mayte
Mckenzie Meagan Meaghan Meda Meg Megan Megane Meghan Mehdi Mehmet Meike Meinrad Mel Melania
Melanie Melany Melba Melina Melinda Melisa Melissa Melita Melodie Melody Melvin Mercedes Mercy
Meredith Merel Merle Merlin Mervin Mervyn Mery Meryem Meta Metin Metod Metta Mette Mia Micael
Micaela Micah Micha Michael Michaela Michaele Michal Micheal Michel Michela Michele Micheline
Michell Michelle Mickael Miguel Mihael Mihaela Mijo Mika Mikael Mikaela Mikayla Mike Mikhail
Mikkel Mikulas Mila Milada Milagros Milan Milana Milda Mildred Mile Milena Milica Milka Milla
Miller Millicent Millie Milly Milo Milos Miloslav Miloslava Milton Mimi Mina Mindy Minerva Minna
Minoru Mio Miodrag Mira Miran Miranda Mirco Mireille Mirela Mirella Mireya Miriam Miriama Mirja
Mirjam Mirjana Mirko Mirna Miro Miron Miroslav Miroslava Mirsad Mirta Misael Misty Mitchel
Mitchell Mitra Mladen Modesto Mohamad Mohamed Mohammad Mohammed Moira Moises Mojmir Mollie Molly
Mona Monica Monika Monique Monserrat Montserrat Mora Morena Moreno Morgan Morgane Moritz Morris
Morten Mortimer Moses Muhamed Muhammad Muhammed Mulayim Muli Muni Murat Muriel Murielle Murray
Musa Muslum Mustafa Mustapha Mya Myles Myra Myriam Myrta Nabil Nada Nadege Nadezda Nadia Nadin
Nadine Nadir Nadja Nael Nahuel Naib Nail Naim Najam Nan Nana Nancy Nando Nanna Nanni Naoise
Naomh Naomi Narcisa Narciso Nassim Natacha Natali Natalia Natalie Natalija Natalja Nataly Natan
Natanael Nataniel Natasa Natascha Natasha Natasja Nathalia Nathalie Nathaly Nathan Nathanael
Nathaniel Natividad Nayeli Nazim Neal Neha Nehemiah Neil Nela Nele Nelia Nelida Nelio Nell Nella
Nelli Nellie Nelly Nelson Nenad Neo Nereida Nestor Nevaeh Nevenka Neville Nevin Nevio Newton Nia
Niall Niamh Nicanor Nichola Nicholas Nichole Nick Nicklas Nicky Niclas Nico Nicola Nicolai
Nicolas Nicole Nicoletta Nidia Niels Nieves Nigel Nihad Nihal Niina Nik Nika Nikita Nikki Niklas
Niko Nikola Nikolai Nikolaj Nikolaos Nikolas Nikolaus Nikoletta Nikolina Nilda Nils Nina Nino
Nisa Nives Nixon Niyazi Noa Noah Noam Noe Noel Noelia Noella Noelle Noemi Noemie Nolan Noor Nora
Norah Norbert Norberto Noreen Norma Norman Nour Nova Nuala Nuno Nuran Nuria Nuru Nury Obed
Oceane Octavia Octavie Octavio Oda Odalis Odalys Odette Odile Ofelia Oisin Okto Ola Olaf Olav
Olavi Oldrich Ole Olegario Olena Olga Olimpia Oliva Olive Oliver Olivia Olivie Olivier Olof
Olympia Omar Omari Omer Ona Ondrej Oni Onofre Oona Oonagh Ophelia Ophelie Ora Oran Orhan Oriana
Orla Orlaith Orlando Ornella Osa Oscar Oskar Osman Osvald Osvaldo Oswald Oswaldo Othmar Otilia
Otis Oto Ottilia Ottilie Otto Ove Ovidio Owen Oxana Ozlem Pablo Padraic Padraig Paige Pal Paloma
Pam Pamela Panfilo Paola Paolo Paris Parker Pascal Pascale Pascual Pascuala Pasquale Patience
Patric Patrice Patricia Patricio Patrick Patrik Patrizia Patty Paul Paula Paule Paulette Paulina
Pauline Paulino Paulo Pauric Pavel Pavla Pawel Payton Paz Peadar Pearl Pearse Peder Pedro Peggy
Pekka Penelope Penny Per Percy Perla Pero Perry Petar Pete Peter Petr Petra Petrina Petronela
Petros Petter Peyton Philip Philipp Philippa Philippe Phillip Philomena Phoebe Phoenix Phylis
Phyllis Pia Piedad Pierce Pierina Piero Pierre Pierrette Pieter Pietro Pilar Piotr Piper Pippa
Pirmin Pius Pol Polly Porfirio Pranav Preston Prima Prisca Priscila Priscilla Priska Prudence
Qabil Qadim Qasim Queen Quentin Quincy Quinn Quinten Rabah Rachael Racheal Rachel Rachelle
Rachid Radmila Radomir Radoslav Radovan Rael Raf Rafa Rafael Rafaela Raffael Raffaela Raffaele
Raffaella Rafi Rafiq Ragna Ragnar Ragnhild Raheem Rahel Raimund Raimundo Raina Rainer Raisa Ralf
Ralph Rama Ramadan Ramazan Ramiro Ramon Ramona Rana Randall Randi Randolf Randy Rania Raoul
Raphael Raphaela Raquel Rasmus Raul Raven Ravi Ray Rayan Raymond Raymonde Reagan Rebeca Rebecca
Rebeka Rebekah Rebekka Redmond Reece Regan Regina Reginald Regine Regis Reimar Rein Reina
Reinaldo Reine Reiner Reinhard Reinhart Reinhilde Reinhold Reino Remi Remigio Remo Remy Rena
Renata Renate Renato Renaud Rene Renee Renzo Reuben Reva Rex Reyes Reyna Reynaldo Reza Rhianna
Rhiannon Rhoda Rhona Rhonda Rhys Ria Rian Ricarda Ricardo Riccardo Richard Rick Rickey Ricky
Rico Rigoberto Rik Rika Riley Rina Rino Rishi Rita Riya Rob Robbie Robby Robert Roberta Roberto
Robin Robinson Robyn Rocco Rochelle Rocio Roderick Rodger Rodney Rodolfo Rodolphe Rodrigo Roel
Rogelio Roger Rogers Rohan Roisin Roland Rolande Rolando Rolf Romain Romaine Roman Romana Romane
Romano Romeo Romina Romuald Romulo Romy Ron Rona Ronal Ronald Ronaldo Ronan Ronja Ronnie Ronny
Rony Roos Roque Rory Rosa Rosalba Rosalia Rosalie Rosalind Rosalinda Rosanna Rosanne Rosaria
Rosario Rose Rose-Marie Roseanna Roseline Roselyn Rosemarie Rosemary Rosendo Rosetta Rosey Rosi
Rosie Rosina Rosita Roslyn Rosmarie Ross Rossana Roswitha Rosy Rouven Rowan Rowena Roxana Roxane
Roxanna Roxanne Roy Roza Rozalia Rozalija Ruairi Ruben Ruby Rudi Rudiger Rudolf Rudolph Rudy
Rufino Rui Rune Rupert Ruperto Russell Rut Ruta Ruth Ruzena Ruzica Ryan Ryder Ryszard Saad
Saadat Saban Sabina Sabine Sabir Sabri Sabrina Sacha Sadie Safet Safina Safiya Saga Sahra Said
Saida Saleh Salih Salim Salina Sally Salma Salome Salomon Salvador Salvatore Sam Samanta
Samantha Sami Samir Samira Sammy Samson Samu Samuel Samy Sander Sandi Sandor Sandra Sandrine
Sandro Sandy Sanja Sanna Sanne Santiago Santino Santos Sara Sarah Sarai Sari Sarina Sarita Sasa
Sascha Sasha Saskia Saul Saundra Savannah Saverio Scarlet Scarlett Scarlette Scot Scott Seamus
Sean Sebastiaan Sebastian Sebastiano Sebastien Sedat Segundo Selena Selim Selin Selina Selma Sem
Sena Sepp Serafina Serena Serge Sergei Sergej Sergio Seth Severin Severine Severino Severo Sevim
Seyda Shaban Shakira Shana Shane Shani Shania Shanice Shanna Shannan Shannen Shannon Shari
Sharlene Sharon Shaun Shauna Shawn Shawna Shay Shayne Shea Sheena Sheila Sheilah Shelby Shelia
Shelley Shelly Sheree Sheri Sherri Sherry Sheryl Shiela Shirley Shona Sian Sibylle Sid Sidiq
Sidonia Siegfried Siena Sienna Sierra Sigmar Sigmund Signa Signe Sigrid Sigrun Sigurd Silas
Silja Silje Silke Silva Silvana Silvano Silvester Silvia Silvio Simeon Simion Simon Simona
Simone Simonne Sina Sinead Sinisa Siobhan Siri Siti Siv Skye Skyla Skylar Slavica Slavka Slavko
Slavomir Slobodan Smith Socorro Sofia Sofiane Sofie Sol Solange Soledad Solene Solomon Solon
Solveig Sona Sonata Sonia Sonja Sonny Sonya Sophia Sophie Soraya Sorcha Soren Spencer Stacey
Stacie Stacy Stan Stana Stanislaus Stanislav Stanislava Stanley Stef Stefan Stefana Stefani
Stefania Stefanie Stefanija Stefano Steffen Steffi Steinar Stela Stella Sten Stephan Stephane
Stephanie Stephany Stephen Steve Steven Stewart Stig Stijn Stina Stine Stjepan Stuart Sue Sula
Suleyman Sumayya Summer Susan Susana Susann Susanna Susannah Susanne Susi Sussie Suzana Suzanna
Suzanne Suzette Suzy Svatopluk Svea Sven Svenja Sverre Svetlana Swen Sybilla Sybille Sydney
Sylva Sylvain Sylvester Sylvia Sylviane Sylvie Sylwia Tabea Tabitha Tadeas Tadeusz Tage Taha
Tahir Tai Taina Taj Taja Tali Talia Tamanna Tamara Tamas Tami Tammie Tammy Tanguy Tania Tanja
Tanner Tanya Tapani Tapio Tara Tari Tarik Tasha Tatiana Tatjana Tayla Taylor Tea Ted Teddy Tegan
Tekla Tenzin Teo Teodor Teodora Teodoro Teofilo Tera Terence Teresa Terese Teresia Teresita
Terezia Terrance Terrence Terri Terry Tess Tessa Thaddeus Thalia Thea Theda Thekla Thelma Theo
Theodor Theodora Theodore Theophile Theres Theresa Therese Theresia Thi Thiago Thibaud Thibault
Thibaut Thierry Thijs Thomas Thor Thorsten Tia Tiago Tiana Tiara Tiare Tibor Tiffany Tiina Tijs
Tilda Tilde Till Tilman Tim Timea Timmy Timo Timon Timotej Timoteo Timothee Timothy Tina Tindra
Tine Tino Tisa Tito Titus Tiziana Tiziano Tobias Toby Todd Toivo Toki Tom Toma Tomas Tomasa
Tomasz Tomi Tomislav Tommy Toni Tonia Tonny Tony Tonya Tor Torben Tore Tori Torsten Tory Tove
Toy Tracey Traci Tracie Tracy Travis Trent Trevor Tricia Trina Trine Trinidad Trinity Tristan
Troy Trudi Tulio Turkan Tuulikki Tyler Tyra Tyrone Tyson Udo Ugo Ugur Ulf Uli Ulises Ulla Ulrich
Ulrik Ulrike Umar Umberto Una Unni Urban Uriel Urs Ursula Urszula Usman Ute Uwe Vaclav Vagn Vala
Valborg Valdemar Valdis Valentim Valentin Valentina Valentine Valentino Valeri Valeria Valerie
Valerio Valery Valeska Valter Van Vanda Vanesa Vanessa Vania Vanja Vanya Vasco Veda Veerle Vega
Veli Velma Venus Vera Verena Verner Vernon Veronica Veronika Veronique Vesna Veta Vic Vicente
Vicki Vickie Vicky Victoire Victor Victoria Victoriano Victorine Victorino Vida Vidal Vidar
Viggo Vija Viktor Viktoria Viktorija Vilhelm Vilhelmina Villa Ville Vilma Vince Vincent Vincenza
Vincenzo Vinciane Vinzenz Viola Violet Violeta Violetta Violette Virgilio Virginia Virginie
Viridiana Vit Vita Vito Vitor Vitoria Vittoria Vittorio Vivian Viviana Viviane Vivien Vivienne
Vladimir Vladimira Vladislav Vlado Vlasta Vlastimil Vojtech Volker Von Vratislav Wadi Wahab
Waldemar Waldo Walid Wally Walter Waltraud Wanda Ward Warren Washington Wayne Weldon Wendelin
Wendy Wenzel Werner Wesley Whitney Wilber Wilfred Wilfredo Wilfrido Wilfried Wilhelm Wilhelmina
Wilhelmine Willard Willem Willi William Williams Willian Willie Willis Willow Willy Wilma Wilmer
Wilson Winfred Winifred Winnie Witold Wladimir Wojciech Wolfgang Wout Wouter Wyatt Xander Xaver
Xavier Xenia Ximena Xiomara Yadigar Yadira Yael Yago Yahya Yair Yamilet Yan Yanet Yanis Yann
Yannick Yannis Yaqub Yara Yaritza Yasar Yasemin Yasin Yasmin Yasmina Yasmine Yassin Yassine
Yazgul Yazmin Yeison Yenifer Yenny Yesenia Yesica Yessenia Yessica Yilmaz Ylva Yngve Yohan
Yohana Yolanda Yolande Yosef Yoselin Younes Youssef Yrsa Yuliana Yunis Yuri Yuridia Yusuf Yvan
Yves Yvette Yvon Yvonne Zac Zacarias Zacharie Zachary Zahid Zahir Zahra Zahur Zaid Zaida Zainab
Zaira Zakaria Zamir Zane Zaneta Zara Zayan Zdenka Zdenko Zdravko Zehra Zelda Zeljko Zelma Zeno
Zenobia Zenta Zeynep Zigmund Zina Zion Zita Zlatko Zoe Zoey Zofia Zoltan Zora Zoraida Zoran
Zsolt Zuzana Zvonko
"""


@functools.cache
def given_names() -> frozenset[str]:
    """The names, lower-cased."""
    return frozenset(_NAMES.lower().split())


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name in some language ("Jason", "Christophe")."""
    return word.lower() in given_names()
